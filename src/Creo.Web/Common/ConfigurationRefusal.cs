using Microsoft.Extensions.Options;

namespace Creo.Web.Common;

/// <summary>
/// How the process refuses bad settings: every options class is validated before anything else runs, and each
/// problem is one line on standard error naming the environment variable, e.g.
/// <c>Crëo did not start: Email__Smtp__Security must be one of …; got 'bogus'.</c>, then the process exits with
/// <see cref="ExitCode"/> instead of printing an exception's stack trace that buries the setting.
/// </summary>
internal static class ConfigurationRefusal
{
    /// <summary>EX_CONFIG from sysexits.h: a configuration error, which restarting will not fix.</summary>
    public const int ExitCode = 78;

    public const string Prefix = "Crëo did not start: ";

    /// <summary>
    /// Runs the start-up validation now, before the database is touched (the host would run it again at start, after
    /// the migrations); throws what <see cref="Problems"/> reads.
    /// </summary>
    public static void Validate(IServiceProvider services) => services.GetService<IStartupValidator>()?.Validate();

    /// <summary>The failure lines when <paramref name="exception"/> is a refused setting (or several), otherwise none.</summary>
    public static IReadOnlyList<string> Problems(Exception exception) => exception switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException { InnerExceptions: var inner } when inner.All(e => e is OptionsValidationException) =>
            [.. inner.SelectMany(Problems).Distinct(StringComparer.Ordinal)],
        _ => [],
    };

    /// <summary>Writes one line per problem to standard error and gives the exit code.</summary>
    public static int Refuse(IReadOnlyList<string> problems)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine(Prefix + problem);
        }

        return ExitCode;
    }
}
