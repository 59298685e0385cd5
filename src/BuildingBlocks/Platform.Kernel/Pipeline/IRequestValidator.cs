namespace Platform.Kernel.Pipeline;

/// <summary>
/// Checks a request's fields before its handler runs; every problem is reported at once as one
/// <see cref="Errors.ValidationException"/>. Register one per request type that needs it.
/// </summary>
public interface IRequestValidator<in TRequest>
{
    IEnumerable<string> Validate(TRequest request);
}
