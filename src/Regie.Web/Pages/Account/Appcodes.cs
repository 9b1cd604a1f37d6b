using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;
using Regie.Web.Data;

namespace Regie.Web.Pages.Account;

/// <summary>A code from the authenticator app works once: the last accepted time step is kept per account (in
/// AspNetUserTokens), and a code from that step or an earlier one is refused, even within its 30 seconds.</summary>
public static class Appcodes
{
    private const string Aanbieder = "Regie";
    private const string Naam = "LaatsteAppcodeStap";

    /// <summary>The code's time step when it is right and newer than the last one used, otherwise null. Uses the
    /// system clock, as Identity's own authenticator check does.</summary>
    public static async Task<long?> NieuweStapAsync(UserManager<Gebruiker> users, Gebruiker gebruiker, string code)
    {
        var sleutel = await users.GetAuthenticatorKeyAsync(gebruiker);
        if (string.IsNullOrEmpty(sleutel)) return null;
        var totp = new Totp(Base32Encoding.ToBytes(sleutel));
        if (!totp.VerifyTotp(code, out var stap, new VerificationWindow(previous: 1, future: 1))) return null;
        var laatste = await users.GetAuthenticationTokenAsync(gebruiker, Aanbieder, Naam);
        return long.TryParse(laatste, NumberStyles.None, CultureInfo.InvariantCulture, out var vorige) && stap <= vorige ? null : stap;
    }

    public static Task BewaarAsync(UserManager<Gebruiker> users, Gebruiker gebruiker, long stap) =>
        users.SetAuthenticationTokenAsync(gebruiker, Aanbieder, Naam, stap.ToString(CultureInfo.InvariantCulture));
}
