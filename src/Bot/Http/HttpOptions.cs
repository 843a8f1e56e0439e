using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace Bot.Http;

/// <summary>The health, readiness and metrics listener (section "Http"); it listens only when <see cref="Urls"/> is set.</summary>
public sealed class HttpOptions : IValidatableObject
{
    public const string Section = "Http";

    /// <summary>Where to listen, e.g. "http://127.0.0.1:8080" or "http://0.0.0.0:8080"; several separated by ';'. Empty: no listener.</summary>
    public string Urls { get; set; } = "";

    /// <summary>How long a platform may stay disconnected (a reconnect in progress) before /readyz reports it.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Http:ReadinessGrace must be between 0 and 60 seconds.")]
    public TimeSpan ReadinessGrace { get; set; } = TimeSpan.FromSeconds(15);

    public IReadOnlyList<string> UrlList => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var url in UrlList)
        {
            if (Problem(url) is { } problem)
                yield return new ValidationResult($"Http:Urls has '{url}', which {problem}; give http://host:port, e.g. http://127.0.0.1:8080.", [nameof(Urls)]);
        }
    }

    private static string? Problem(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return "is not a URL";
        }
        if (address.IsUnixPipe || address.IsNamedPipe)
            return null;
        if (address.Scheme == "https")
            // The listener has no certificate: TLS ends at a reverse proxy in front of it.
            return "is https, which this listener cannot serve (it has no certificate; end TLS at a reverse proxy)";
        if (address.Scheme != "http")
            return "is not http";
        if (address.Port is < IPEndPoint.MinPort or > IPEndPoint.MaxPort)
            return $"has port {address.Port}, outside 0-65535";
        return address.Host.Length == 0 ? "has no host" : null;
    }
}
