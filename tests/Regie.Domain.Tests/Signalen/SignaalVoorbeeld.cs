using Regie.Domain.Signalen;

namespace Regie.Domain.Tests.Signalen;

/// <summary>Anja Tukker rings the bell; Sanne de Vries holds procesregie. Times are Dutch, the dates the caller's.</summary>
internal static class SignaalVoorbeeld
{
    public const string Ouder = "Anja Tukker";
    public static readonly Guid IndienerId = Guid.Parse("0b7c3a52-6f1e-4c55-9d7e-2a1f0c9e4b11");
    public const string Regievoerder = "Sanne de Vries";
    public static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    // Monday 2 March 2026, 10:00.
    public static readonly DateTimeOffset Maandag = new(2026, 3, 2, 10, 0, 0, Winter);
    public static readonly DateOnly MaandagDatum = new(2026, 3, 2);

    public static Signaal Nieuw(DateTimeOffset op, DateOnly vandaag, SignaalSoort soort = SignaalSoort.WeetNietWieBellen,
        string? toelichting = null, Guid? taakId = null) =>
        Signaal.Geef(Guid.NewGuid(), soort, SignaalBron.Ouder, toelichting, taakId, IndienerId, Ouder, op, vandaag).MoetLukken();

    public static Signaal Nieuw() => Nieuw(Maandag, MaandagDatum);

    public static Signaal Beantwoord()
    {
        var signaal = Nieuw();
        signaal.Beantwoord("Bel mij: Sanne, 053-4811111", Regievoerder, Maandag.AddHours(2)).MoetLukken();
        return signaal;
    }

    public static Signaal Heropend()
    {
        var signaal = Beantwoord();
        signaal.GeefOordeel(false, "Ik krijg niemand te pakken", Maandag.AddDays(1), MaandagDatum.AddDays(1)).MoetLukken();
        return signaal;
    }

    public static Signaal Gesloten()
    {
        var signaal = Beantwoord();
        signaal.Sluit("Mevrouw gebeld, afspraak met de school gemaakt", Regievoerder, Maandag.AddDays(2)).MoetLukken();
        return signaal;
    }
}
