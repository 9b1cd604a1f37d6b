using System.Security.Cryptography;

namespace Regie.Web.Tests.Account;

/// <summary>RFC 6238 codes (HMAC-SHA1, 30 seconds, 6 digits), as an authenticator app computes them from the shown key.</summary>
public static class Totp
{
    public static string Code(string base32Sleutel, DateTimeOffset moment) => Code(base32Sleutel, moment.ToUnixTimeSeconds() / 30);

    public static string Code(string base32Sleutel, long stap)
    {
        var teller = BitConverter.GetBytes(stap);
        if (BitConverter.IsLittleEndian) Array.Reverse(teller);
        var hash = HMACSHA1.HashData(Base32(base32Sleutel), teller);
        var offset = hash[^1] & 0x0f;
        var getal = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (getal % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A 6-digit code no app shows near now: outside every time step the server accepts.</summary>
    public static string FouteCode(string base32Sleutel, DateTimeOffset moment)
    {
        var stap = moment.ToUnixTimeSeconds() / 30;
        var geldig = Enumerable.Range(-3, 7).Select(i => Code(base32Sleutel, stap + i)).ToHashSet();
        return Enumerable.Range(0, 100).Select(i => (123456 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).First(c => !geldig.Contains(c));
    }

    private static byte[] Base32(string tekst)
    {
        const string alfabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var schoon = new string(tekst.ToUpperInvariant().Where(c => c is not (' ' or '=')).ToArray());
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in schoon)
        {
            buffer = ((buffer << 5) | alfabet.IndexOf(c, StringComparison.Ordinal)) & 0xFFF;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
            }
        }
        return [.. bytes];
    }
}
