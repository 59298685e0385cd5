using MediatR;
using Platform.Kernel.Errors;

namespace Platform.Kernel.Pipeline;

/// <summary>Runs the request's validators; any message fails the request with 400 before audit and handler.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IRequestValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        List<string>? errors = null;
        foreach (var validator in validators)
        {
            foreach (var error in validator.Validate(request))
            {
                (errors ??= []).Add(error);
            }
        }

        return errors is not null ? throw new ValidationException(errors) : next();
    }
}
