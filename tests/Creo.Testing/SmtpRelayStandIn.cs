using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Creo.Testing;

/// <summary>
/// A local SMTP relay speaking the protocol as MailKit uses it (EHLO, MAIL, RCPT, DATA, RSET, QUIT). It accepts mail and
/// keeps each message as an <c>.eml</c> file where <see cref="Mailbox"/> reads it (under <see cref="Root"/>), so people
/// can still sign in, except for recipients a test refuses: those get Postfix's own reply, which quotes the address
/// (<c>550 5.1.1 &lt;bob@example.com&gt;: Recipient address rejected: …</c>), as a real relay does.
/// </summary>
public sealed class SmtpRelayStandIn : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly TemporaryDirectory root = new();
    private readonly ConcurrentDictionary<string, bool> refused = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> refusals = new();
    private readonly ConcurrentBag<Task> sessions = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock counting = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> waiters = [];
    private int accepted;
    private int connections;
    private Task accepting = Task.CompletedTask;

    private SmtpRelayStandIn()
    {
    }

    /// <summary>Where accepted mail is kept: read it with <see cref="Mailbox"/> (and <see cref="SignedInUser.SignInAsync"/>) given this folder.</summary>
    public string Root => root.Path;

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Every recipient refused so far, in order.</summary>
    public IReadOnlyCollection<string> Refusals => [.. refusals];

    /// <summary>Completes once the relay has accepted <paramref name="count"/> messages in all (kept, not refused).</summary>
    public Task AcceptedAsync(int count)
    {
        lock (counting)
        {
            if (accepted >= count)
            {
                return Task.CompletedTask;
            }

            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((count, reached));
            return reached.Task;
        }
    }

    /// <summary>SMTP connections opened so far (a batch of mails should need one).</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <summary>Messages accepted so far.</summary>
    public int Accepted
    {
        get
        {
            lock (counting)
            {
                return accepted;
            }
        }
    }

    public static SmtpRelayStandIn Start()
    {
        var relay = new SmtpRelayStandIn();
        relay.listener.Start();
        relay.accepting = relay.AcceptAsync();
        return relay;
    }

    /// <summary>The <c>Email:Smtp:*</c> settings that send Crëo's mail here, in plain text as a relay on the same host would take it.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
    };

    /// <summary>
    /// From now on mail to <paramref name="address"/> is refused at RCPT, the reply naming the address: for good (550), or
    /// for now (450, as greylisting or a full mailbox answers) when <paramref name="temporarily"/>.
    /// </summary>
    public void Refuse(string address, bool temporarily = false) => refused[address] = temporarily;

    /// <summary>Mail to <paramref name="address"/> is accepted again.</summary>
    public void Accept(string address) => refused.TryRemove(address, out _);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        await Task.WhenAll(sessions).ContinueWith(_ => { }, TaskScheduler.Default);
        stopping.Dispose();
        root.Dispose();
    }

    private static string Between(string line, char open, char close)
    {
        var start = line.IndexOf(open, StringComparison.Ordinal);
        var end = line.LastIndexOf(close);
        return start >= 0 && end > start ? line[(start + 1)..end] : string.Empty;
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref connections);
            sessions.Add(Task.Run(() => ServeAsync(client)));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await using var stream = client.GetStream();
                using var reader = new StreamReader(stream, new UTF8Encoding(false));
                await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 relay.test ESMTP");
                var recipients = new List<string>();
                while (await reader.ReadLineAsync(stopping.Token) is { } line)
                {
                    switch (line.Split(' ', 2)[0].ToUpperInvariant())
                    {
                        case "EHLO":
                            await writer.WriteLineAsync("250-relay.test");
                            await writer.WriteLineAsync("250 8BITMIME");
                            break;
                        case "HELO":
                            await writer.WriteLineAsync("250 relay.test");
                            break;
                        case "MAIL":
                        case "RSET":
                            recipients.Clear();
                            await writer.WriteLineAsync("250 2.1.0 Ok");
                            break;
                        case "RCPT":
                            var address = Between(line, '<', '>');
                            if (refused.TryGetValue(address, out var temporarily))
                            {
                                refusals.Enqueue(address);
                                await writer.WriteLineAsync(temporarily
                                    ? $"450 4.2.0 <{address}>: Recipient address rejected: Greylisted, try again later"
                                    : $"550 5.1.1 <{address}>: Recipient address rejected: User unknown in local recipient table");
                            }
                            else
                            {
                                recipients.Add(address);
                                await writer.WriteLineAsync("250 2.1.5 Ok");
                            }

                            break;
                        case "DATA" when recipients.Count == 0:
                            await writer.WriteLineAsync("554 5.5.1 Error: no valid recipients");
                            break;
                        case "DATA":
                            await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                            await KeepAsync(reader);
                            CountAccepted();
                            await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                            break;
                        case "NOOP":
                            await writer.WriteLineAsync("250 2.0.0 Ok");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 2.0.0 Bye");
                            return;
                        default:
                            await writer.WriteLineAsync("502 5.5.2 Error: command not recognized");
                            break;
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up or the relay is stopping.
            }
        }
    }

    /// <summary>Reads the message up to the lone dot, undoing dot-stuffing, into the mailbox folder.</summary>
    private void CountAccepted()
    {
        lock (counting)
        {
            accepted++;
            foreach (var waiter in waiters.Where(w => w.Count <= accepted).ToList())
            {
                waiters.Remove(waiter);
                waiter.Reached.SetResult();
            }
        }
    }

    private async Task KeepAsync(StreamReader reader)
    {
        var message = new StringBuilder();
        while (await reader.ReadLineAsync(stopping.Token) is { } line && line != ".")
        {
            message.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        var folder = Mailbox.PickupDirectory(Root);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, $"{Guid.NewGuid():N}.eml"), message.ToString(), new UTF8Encoding(false), stopping.Token);
    }
}
