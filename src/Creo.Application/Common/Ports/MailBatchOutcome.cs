namespace Creo.Application.Common.Ports;

/// <summary>
/// What became of a batch given to <see cref="IMailSender.SendEachAsync"/>, by position in the batch: the mails the
/// relay accepted, those it refused, and the failure that ended the batch early (mails after it were not sent; the one
/// in flight counts as not accepted, since the relay never said it took it).
/// </summary>
public sealed record MailBatchOutcome(IReadOnlyList<int> Accepted, IReadOnlyList<int> Refused, Exception? Broken);
