namespace Creo.Application.Common.Errors;

/// <summary>A refusal the web layer turns into a problem with a stable <c>type</c> slug (<see cref="Code"/>).</summary>
public abstract class CodedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The input is well-formed but cannot be acted on (a used sign-in link): 400.</summary>
public sealed class InvalidInputException(string code, string message) : CodedException(code, message);

/// <summary>The caller may not do this (suspended, not onboarded, not staff): 403.</summary>
public sealed class ForbiddenException(string code, string message) : CodedException(code, message);

/// <summary>Too many attempts in a short time: 429.</summary>
public sealed class TooManyRequestsException(string code, string message) : CodedException(code, message);

/// <summary>Paying would take more than there is (not enough credits): 402.</summary>
public sealed class PaymentRequiredException(string code, string message) : CodedException(code, message);

/// <summary>The body is larger than this kind of request may be (an upload over 10 MB): 413.</summary>
public sealed class PayloadTooLargeException(string code, string message) : CodedException(code, message);
