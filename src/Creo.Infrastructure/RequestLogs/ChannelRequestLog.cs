using System.Threading.Channels;
using Creo.Application.Common.RequestLogs;

namespace Creo.Infrastructure.RequestLogs;

/// <summary>
/// A bounded in-memory queue between requests and <see cref="RequestLogWriter"/>. When the database falls far
/// behind, the oldest entries are dropped rather than the requests slowed: the log is for debugging, not billing.
/// </summary>
public sealed class ChannelRequestLog : IRequestLog
{
    private readonly Channel<RequestLogEntry> channel = Channel.CreateBounded<RequestLogEntry>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChannelReader<RequestLogEntry> Reader => channel.Reader;

    public void Record(RequestLogEntry entry) => channel.Writer.TryWrite(entry);
}
