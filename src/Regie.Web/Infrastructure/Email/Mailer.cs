using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Mail;
using System.Text;
using Microsoft.Extensions.Options;

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

public sealed class Mailer(IOptions<SmtpInstellingen> opties, ILogger<Mailer> log)
{
    public bool IsIngesteld => !string.IsNullOrWhiteSpace(opties.Value.Host);

    /// <summary>Sends a plain-text mail. False when no SMTP server is configured or sending failed, so the caller
    /// can fall back to showing the link; the text itself is never logged because it may hold a token.</summary>
    public async Task<bool> VerstuurAsync(string aan, string onderwerp, string tekst, CancellationToken ct)
    {
        if (!IsIngesteld) return false;
        var o = opties.Value;
        try
        {
            using var bericht = new MailMessage(new MailAddress(o.From!), new MailAddress(aan))
            {
                Subject = onderwerp,
                Body = tekst,
                IsBodyHtml = false,
                BodyEncoding = Encoding.UTF8,
                SubjectEncoding = Encoding.UTF8,
            };
            using var smtp = new SmtpClient(o.Host, o.Port) { EnableSsl = o.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
            if (!string.IsNullOrEmpty(o.User)) smtp.Credentials = new NetworkCredential(o.User, o.Password);
            await smtp.SendMailAsync(bericht, ct);
            return true;
        }
        catch (Exception e) when (e is SmtpException or FormatException or InvalidOperationException)
        {
            log.LogWarning(e, "E-mail aan {Ontvanger} kon niet worden verstuurd via {Host}:{Port}", aan, o.Host, o.Port);
            return false;
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
