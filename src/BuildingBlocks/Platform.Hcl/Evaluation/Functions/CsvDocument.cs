using System.Text;

namespace Platform.Hcl.Evaluation.Functions;

/// <summary>
/// Terraform's <c>csvdecode</c>: RFC 4180 CSV whose first line names the columns, decoded to a list of objects
/// with one string attribute per column. Errors use Go's encoding/csv wording with the line number.
/// </summary>
internal static class CsvDocument
{
    public static HclValue Decode(string text)
    {
        var records = Parse(text);
        if (records.Count == 0)
        {
            throw new FunctionCallException(0, "missing header line");
        }

        var headers = records[0].Fields;
        var duplicate = headers.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FunctionCallException($"duplicate column name \"{duplicate.Key}\"");
        }

        var objectType = HclType.Object(headers.Select(h => KeyValuePair.Create(h, HclType.String)));
        var rows = new List<HclValue>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != headers.Count)
            {
                throw new FunctionCallException(0, $"CSV parse error on line {record.Line}: wrong number of fields");
            }

            rows.Add(HclValue.Object(headers.Zip(record.Fields, (h, f) => KeyValuePair.Create(h, HclValue.FromString(f)))));
        }

        return rows.Count == 0 ? HclValue.EmptyList(objectType) : HclValue.List(objectType, rows);
    }

    private static List<(int Line, List<string> Fields)> Parse(string text)
    {
        var records = new List<(int, List<string>)>();
        var line = 1;
        var pos = 0;
        while (pos < text.Length)
        {
            var startLine = line;

            // Go's reader skips empty lines.
            if (text[pos] == '\n' || (text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n'))
            {
                pos += text[pos] == '\r' ? 2 : 1;
                line++;
                continue;
            }

            var fields = new List<string>();
            while (true)
            {
                var field = new StringBuilder();
                if (pos < text.Length && text[pos] == '"')
                {
                    var quoteLine = line;
                    pos++;
                    while (true)
                    {
                        if (pos >= text.Length)
                        {
                            throw new FunctionCallException(0, $"CSV parse error on line {quoteLine}: extraneous or missing \" in quoted-field");
                        }

                        var c = text[pos++];
                        if (c == '"')
                        {
                            if (pos < text.Length && text[pos] == '"')
                            {
                                field.Append('"');
                                pos++;
                                continue;
                            }

                            break;
                        }

                        line += c == '\n' ? 1 : 0;
                        field.Append(c);
                    }

                    if (pos < text.Length && text[pos] is not (',' or '\n' or '\r'))
                    {
                        throw new FunctionCallException(0, $"CSV parse error on line {line}: extraneous or missing \" in quoted-field");
                    }
                }
                else
                {
                    while (pos < text.Length && text[pos] is not (',' or '\n') && !(text[pos] == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n'))
                    {
                        if (text[pos] == '"')
                        {
                            throw new FunctionCallException(0, $"CSV parse error on line {line}: bare \" in non-quoted-field");
                        }

                        field.Append(text[pos++]);
                    }
                }

                fields.Add(field.ToString());
                if (pos < text.Length && text[pos] == ',')
                {
                    pos++;
                    continue;
                }

                break;
            }

            if (pos < text.Length)
            {
                pos += text[pos] == '\r' ? 2 : 1;
                line++;
            }

            records.Add((startLine, fields));
        }

        return records;
    }
}
