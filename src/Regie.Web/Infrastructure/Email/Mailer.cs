using System.ComponentModel.DataAnnotations;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Regie.Web.Infrastructure.Email;

/// <summary>Regie:Smtp. Without a Host no mail is sent; the pages then show the inviter the link to pass on.</summary>
public sealed class SmtpInstellingen : IValidatableObject
{
    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "Regie:Smtp:Port moet tussen {1} en {2} liggen.")]
    public int Port { get; set; } = 587;

    public string? User { get; set; }
    public string? Password { get; set; }

    [EmailAddress]
    public string? From { get; set; }

    public bool EnableSsl { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Host) && string.IsNullOrWhiteSpace(From))
            yield return new ValidationResult("Regie:Smtp:From is verplicht zodra Regie:Smtp:Host is ingesteld.", [nameof(From)]);
    }
}

/// <summary>Sends plain-text mail through MailKit (System.Net.Mail.SmtpClient is not recommended for new code).</summary>
public sealed class Mailer(IOptions<SmtpInstellingen> opties, ILogger<Mailer> log)
{
    /// <summary>A server that does not answer must not hold a page or the scheduler for long.</summary>
    private static readonly TimeSpan Wachttijd = TimeSpan.FromSeconds(10);

    public bool IsIngesteld => !string.IsNullOrWhiteSpace(opties.Value.Host);

    /// <summary>Sends a plain-text mail. False when no SMTP server is configured or sending failed, so the caller
    /// can fall back to showing the link; the text itself is never logged because it may hold a token.</summary>
    public async Task<bool> VerstuurAsync(string aan, string onderwerp, string tekst, CancellationToken ct)
    {
        if (!IsIngesteld) return false;
        var fout = await ProbeerAsync(aan, onderwerp, tekst, ct);
        if (fout is not null)
            log.LogWarning("E-mail aan {Ontvanger} kon niet worden verstuurd via {Host}:{Port}: {Fout}", aan, opties.Value.Host, opties.Value.Port, fout);
        return fout is null;
    }

    /// <summary>One attempt: null when the server took the mail, else what went wrong (for the outbox and Beheer; never the text).</summary>
    public async Task<string?> ProbeerAsync(string aan, string onderwerp, string tekst, CancellationToken ct)
    {
        var o = opties.Value;
        if (!IsIngesteld) return "Er is geen SMTP-server ingesteld (Regie:Smtp:Host).";
        using var tijdslimiet = CancellationTokenSource.CreateLinkedTokenSource(ct);
        tijdslimiet.CancelAfter(Wachttijd);
        try
        {
            using var bericht = new MimeMessage();
            bericht.From.Add(MailboxAddress.Parse(o.From!));
            bericht.To.Add(MailboxAddress.Parse(aan));
            bericht.Subject = onderwerp;
            bericht.Body = new TextPart("plain") { Text = tekst };

            using var smtp = new SmtpClient { Timeout = (int)Wachttijd.TotalMilliseconds };
            var beveiliging = !o.EnableSsl ? SecureSocketOptions.None
                : o.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await smtp.ConnectAsync(o.Host!, o.Port, beveiliging, tijdslimiet.Token);
            if (!string.IsNullOrEmpty(o.User)) await smtp.AuthenticateAsync(o.User, o.Password ?? "", tijdslimiet.Token);
            await smtp.SendAsync(bericht, tijdslimiet.Token);
            await smtp.DisconnectAsync(quit: true, tijdslimiet.Token);
            return null;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return $"De SMTP-server {o.Host}:{o.Port} antwoordde niet binnen {Wachttijd.TotalSeconds:0} seconden.";
        }
        catch (Exception e) when (e is SocketException or IOException or CommandException or ProtocolException
                                       or AuthenticationException or SslHandshakeException or ServiceNotConnectedException
                                       or ParseException or InvalidOperationException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}

public static class MailRegistratie
{
    public static IServiceCollection AddRegieMail(this IServiceCollection services)
    {
        services.AddOptions<SmtpInstellingen>().BindConfiguration("Regie:Smtp").ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Mailer>();
        return services;
    }
}
