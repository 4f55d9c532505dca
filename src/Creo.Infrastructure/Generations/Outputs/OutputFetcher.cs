using System.Net.Http.Headers;
using Creo.Application.Generations.Providers;

namespace Creo.Infrastructure.Generations.Outputs;

/// <summary>
/// Fetches provider outputs. Its handler follows no redirect and connects only where <see cref="OutputConnections"/>
/// lets it; redirects are followed here, a few at most, each new address asked about again.
/// </summary>
internal sealed class OutputFetcher(HttpClient http, IOutputAddressPolicy policy)
{
    /// <summary>Delivery hosts redirect once, to a storage host; a chain longer than this is not a download.</summary>
    public const int MaxRedirects = 3;

    /// <summary>
    /// Sends a GET and returns the first answer that is not a redirect, headers read and body unread (the caller owns
    /// it). <paramref name="authorization"/> goes with the first request only, never to where it redirects.
    /// </summary>
    public async Task<HttpResponseMessage> GetAsync(Uri url, AuthenticationHeaderValue? authorization, CancellationToken cancellationToken)
    {
        for (var hop = 0; ; hop++)
        {
            if (!policy.AllowsUrl(url))
            {
                throw new OutputRefusedException(hop == 0 ? "its address is not an https URL it may fetch" : "it redirects to an address it may not fetch");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = hop == 0 ? authorization : null;
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException exception) when (exception.InnerException is OutputRefusedException refused)
            {
                // Thrown by the connect callback; the handler wraps it.
                throw new OutputRefusedException(refused.Reason);
            }

            if (!IsRedirect(response.StatusCode))
            {
                return response;
            }

            using (response)
            {
                if (response.Headers.Location is not { } location)
                {
                    throw new OutputRefusedException("it redirects to nowhere");
                }

                if (hop == MaxRedirects)
                {
                    throw new OutputRefusedException("it redirects too often");
                }

                url = location.IsAbsoluteUri ? location : new Uri(url, location);
            }
        }
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
