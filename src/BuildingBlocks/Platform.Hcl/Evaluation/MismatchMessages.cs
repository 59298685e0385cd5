namespace Platform.Hcl.Evaluation;

/// <summary>cty's English explanations of why one type does not convert to another (convert.MismatchMessage).</summary>
internal static class MismatchMessages
{
    public static string For(HclType got, HclType want)
    {
        if (got.IsObject && want.IsObject)
        {
            return Objects(got, want);
        }

        if (got.IsTuple && want.ElementType is { IsDynamic: true })
        {
            if (want.IsList)
            {
                return "all list elements must have the same type";
            }

            if (want.IsSet)
            {
                return "all set elements must have the same type";
            }
        }

        if (got.IsObject && want.IsMap && want.ElementType!.IsDynamic)
        {
            return "all map elements must have the same type";
        }

        if (got.IsStructural && want.IsCollection)
        {
            return FromStructural(got, want);
        }

        if (got.IsCollection && want.IsCollection)
        {
            return FromCollection(got, want);
        }

        return Required(want);
    }

    private static string Required(HclType want) => want.FriendlyNameForConstraint + " required";

    private static string Objects(HclType got, HclType want)
    {
        var missing = new List<string>();
        string? unsafeMismatch = null;
        string? safeMismatch = null;
        foreach (var (name, wantType) in want.AttributeTypes)
        {
            if (!got.AttributeTypes.TryGetValue(name, out var gotType))
            {
                if (!want.OptionalAttributes.Contains(name))
                {
                    missing.Add(name);
                }

                continue;
            }

            if (gotType.Equals(wantType) || unsafeMismatch is not null)
            {
                continue;
            }

            if (!HclConversion.CanConvert(gotType, wantType, unsafeAllowed: true))
            {
                unsafeMismatch = $"attribute \"{name}\": {For(gotType, wantType)}";
            }

            if (safeMismatch is null && !HclConversion.CanConvert(gotType, wantType, unsafeAllowed: false))
            {
                safeMismatch = $"attribute \"{name}\": {For(gotType, wantType)}";
            }
        }

        missing.Sort(StringComparer.Ordinal);
        return missing.Count switch
        {
            1 => $"attribute \"{missing[0]}\" is required",
            2 => $"attributes \"{missing[0]}\" and \"{missing[1]}\" are required",
            > 2 => $"attributes {string.Join(", ", missing.SkipLast(1).Select(m => $"\"{m}\""))}, and \"{missing[^1]}\" are required",
            _ => unsafeMismatch ?? safeMismatch ?? "incorrect object attributes",
        };
    }

    private static string FromStructural(HclType got, HclType want)
    {
        if ((want.IsList || want.IsSet) && !got.IsTuple || want.IsMap && !got.IsObject)
        {
            return Required(want);
        }

        var wantElement = want.ElementType!;
        if (got.IsTuple)
        {
            for (var i = 0; i < got.TupleElementTypes.Length; i++)
            {
                var element = got.TupleElementTypes[i];
                if (!HclConversion.CanConvert(element, wantElement))
                {
                    return $"element {i}: {For(element, wantElement)}";
                }
            }
        }
        else
        {
            foreach (var (name, element) in got.AttributeTypes)
            {
                if (!HclConversion.CanConvert(element, wantElement))
                {
                    return $"element \"{name}\": {For(element, wantElement)}";
                }
            }
        }

        return $"all elements must be {wantElement.FriendlyNameForConstraint}";
    }

    private static string FromCollection(HclType got, HclType want)
    {
        if ((want.IsList || want.IsSet) && !(got.IsList || got.IsSet) || want.IsMap && !got.IsMap)
        {
            return Required(want);
        }

        var noun = want.Kind switch
        {
            HclTypeKind.List => "list element type",
            HclTypeKind.Set => "set element type",
            _ => "map element type",
        };
        return $"incorrect {noun}: {For(got.ElementType!, want.ElementType!)}";
    }
}
