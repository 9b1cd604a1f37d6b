using Regie.Domain.Gedeeld;

namespace Regie.Domain.Signalen;

public enum SignaalSoort
{
    /// <summary>"De hulp loopt niet zoals we hebben afgesproken".</summary>
    HulpLooptVast,

    /// <summary>"Ik weet niet wie ik moet bellen".</summary>
    WeetNietWieBellen,
    AfsprakenNietNagekomen,

    /// <summary>In the indiener's own words: the toelichting is then required.</summary>
    Anders,
}

public enum SignaalBron
{
    Ouder,
    Professional,
}

/// <summary>Open and heropend wait for the regievoerder; beantwoord waits for the indiener's oordeel or the closing.</summary>
public enum SignaalStatus
{
    Open,
    Beantwoord,
    Gesloten,
    Heropend,
}

/// <summary>"De hulp loopt vast": raised by an ouder or a professional, answered by the regievoerder,
/// escalated to the gemeente of the casus when nobody answers in time.</summary>
public sealed class Signaal
{
    public const int MaxTekst = 2000;
    private const int MaxNaam = 200;

    private readonly List<SignaalBericht> _berichten = [];

    private Signaal() { IngediendDoor = ""; }

    private Signaal(Guid casusId, SignaalSoort soort, SignaalBron bron, string? toelichting, Guid? taakId, Guid indienerId,
        string ingediendDoor, DateTimeOffset nu, DateOnly vandaag)
    {
        IndienerId = indienerId;
        Id = Guid.NewGuid();
        CasusId = casusId;
        Soort = soort;
        Bron = bron;
        Toelichting = toelichting;
        TaakId = taakId;
        IngediendDoor = ingediendDoor;
        IngediendOp = nu;
        Status = SignaalStatus.Open;
        TermijnStart = nu;
        TermijnStartDatum = vandaag;
    }

    public Guid Id { get; private set; }
    public Guid CasusId { get; private set; }
    public SignaalSoort Soort { get; private set; }
    public SignaalBron Bron { get; private set; }
    public string? Toelichting { get; private set; }

    /// <summary>The taak the signaal is about, if the indiener chose one; the caller checks it belongs to the casus.</summary>
    public Guid? TaakId { get; private set; }

    /// <summary>The account of who raised it: only they add to it and say whether the answer helped.</summary>
    public Guid IndienerId { get; private set; }

    public string IngediendDoor { get; private set; }
    public DateTimeOffset IngediendOp { get; private set; }
    public SignaalStatus Status { get; private set; }

    /// <summary>When the current term began: <see cref="IngediendOp"/>, or the moment the indiener said the answer did not help.</summary>
    public DateTimeOffset TermijnStart { get; private set; }

    /// <summary>The Dutch calendar date of <see cref="TermijnStart"/>, as the caller gave it: working days count from here.</summary>
    public DateOnly TermijnStartDatum { get; private set; }

    /// <summary>The answer of the current term; cleared on reopening (it stays in <see cref="Berichten"/>).</summary>
    public string? Antwoord { get; private set; }
    public string? BeantwoordDoor { get; private set; }

    /// <summary>Null exactly while the signaal waits for the regievoerder (open or heropend); a query can count on it.</summary>
    public DateTimeOffset? BeantwoordOp { get; private set; }

    /// <summary>The indiener's last oordeel: null until they give one on the current answer.</summary>
    public bool? Geholpen { get; private set; }

    /// <summary>Working days from the start of the term to its answer (or to closing, when a reopened signaal is settled by
    /// phone), kept when it happens: the region's median needs it and the holidays make it hard to count afterwards.</summary>
    public int? WerkdagenTotAntwoord { get; private set; }

    public DateTimeOffset? GeescaleerdOp { get; private set; }
    public int AantalEscalaties { get; private set; }
    public string? WatGedaan { get; private set; }
    public string? GeslotenDoor { get; private set; }
    public DateTimeOffset? GeslotenOp { get; private set; }
    public IReadOnlyList<SignaalBericht> Berichten => _berichten;

    /// <summary>Waits for the regievoerder: open or heropend.</summary>
    public bool IsOpen => Status is SignaalStatus.Open or SignaalStatus.Heropend;

    /// <summary>Went to the gemeente in the current term (so the indiener can be told).</summary>
    public bool IsGeescaleerd => GeescaleerdOp is { } op && op >= TermijnStart;

    /// <summary>The indiener raises a signaal; <paramref name="vandaag"/> is the Dutch date of <paramref name="nu"/>.</summary>
    public static Uitkomst<Signaal> Geef(Guid casusId, SignaalSoort soort, SignaalBron bron, string? toelichting, Guid? taakId,
        Guid indienerId, string ingediendDoor, DateTimeOffset nu, DateOnly vandaag)
    {
        if (!Enum.IsDefined(soort)) return Uitkomst.Fout<Signaal>("Kies waar uw signaal over gaat.", nameof(Soort));
        if (soort == SignaalSoort.Anders && string.IsNullOrWhiteSpace(toelichting))
            return Uitkomst.Fout<Signaal>("Schrijf in uw eigen woorden wat er aan de hand is.", nameof(Toelichting));
        var tekst = Vereist.OptioneleTekst(toelichting, "Uw uitleg", MaxTekst, nameof(Toelichting));
        if (tekst.IsFout) return tekst.Als<Signaal>();
        var door = Vereist.Tekst(ingediendDoor, "Wie het signaal geeft", MaxNaam, nameof(IngediendDoor)).Zeker();
        return Uitkomst.Ok(new Signaal(casusId, soort, bron, tekst.Waarde, taakId, indienerId, door, nu, vandaag));
    }

    /// <summary>The indiener adds to a signaal that still waits for an answer; the term runs on.</summary>
    public Uitkomst VoegToe(string? tekst, string door, DateTimeOffset nu)
    {
        if (Status == SignaalStatus.Beantwoord)
            return Uitkomst.Fout("Uw signaal is al beantwoord. Laat weten of het antwoord u heeft geholpen.", nameof(Status));
        if (Status == SignaalStatus.Gesloten) return Uitkomst.Fout(GeslotenMelding, nameof(Status));
        if (string.IsNullOrWhiteSpace(tekst)) return Uitkomst.Fout("Schrijf op wat u wilt toevoegen.", "Tekst");
        var bericht = Vereist.Tekst(tekst, "Uw bericht", MaxTekst, "Tekst");
        if (bericht.IsFout) return bericht;
        var naam = Vereist.Tekst(door, "Wie iets toevoegt", MaxNaam, "Door").Zeker();
        _berichten.Add(new SignaalBericht(Id, SignaalBerichtVan.Indiener, naam, bericht.Waarde!, nu));
        return Uitkomst.Ok();
    }

    public Uitkomst Beantwoord(string? antwoord, string door, DateTimeOffset nu)
    {
        if (Status == SignaalStatus.Beantwoord) return Uitkomst.Fout("Dit signaal is al beantwoord.", nameof(Status));
        if (Status == SignaalStatus.Gesloten) return Uitkomst.Fout("Dit signaal is al gesloten.", nameof(Status));
        if (string.IsNullOrWhiteSpace(antwoord)) return Uitkomst.Fout("Schrijf een antwoord voor de indiener.", nameof(Antwoord));
        var tekst = Vereist.Tekst(antwoord, "Het antwoord", MaxTekst, nameof(Antwoord));
        if (tekst.IsFout) return tekst;
        var naam = Vereist.Tekst(door, "Wie antwoordt", MaxNaam, nameof(BeantwoordDoor)).Zeker();

        Antwoord = tekst.Waarde;
        BeantwoordDoor = naam;
        BeantwoordOp = nu;
        Geholpen = null;
        Status = SignaalStatus.Beantwoord;
        WerkdagenTotAntwoord = Werkdagen.Tussen(TermijnStartDatum, Werkdagen.DagInNederland(nu));
        _berichten.Add(new SignaalBericht(Id, SignaalBerichtVan.Regievoerder, naam, Antwoord!, nu));
        return Uitkomst.Ok();
    }

    /// <summary>The indiener says whether the answer helped. Not helped reopens the signaal and starts its term again
    /// from <paramref name="vandaag"/>, the Dutch date of <paramref name="nu"/>.</summary>
    public Uitkomst GeefOordeel(bool geholpen, string? toelichting, DateTimeOffset nu, DateOnly vandaag)
    {
        if (IsOpen) return Uitkomst.Fout("Er is nog geen antwoord op uw signaal.", nameof(Geholpen));
        if (Status == SignaalStatus.Gesloten) return Uitkomst.Fout(GeslotenMelding, nameof(Geholpen));
        if (geholpen && Geholpen == true) return Uitkomst.Fout("U heeft al laten weten dat het antwoord u heeft geholpen.", nameof(Geholpen));
        var tekst = Vereist.OptioneleTekst(toelichting, "Uw uitleg", MaxTekst, nameof(Toelichting));
        if (tekst.IsFout) return tekst;

        Geholpen = geholpen;
        if (tekst.Waarde is { } uitleg) _berichten.Add(new SignaalBericht(Id, SignaalBerichtVan.Indiener, IngediendDoor, uitleg, nu));
        if (geholpen) return Uitkomst.Ok();

        Status = SignaalStatus.Heropend;
        TermijnStart = nu;
        TermijnStartDatum = vandaag;
        Antwoord = null;
        BeantwoordDoor = null;
        BeantwoordOp = null;
        return Uitkomst.Ok();
    }

    /// <summary>The regievoerder closes a signaal once it has been answered, saying what was done. A reopened signaal can be
    /// closed straight away: the regievoerder often settles it by phone, and the closing note is then the answer.</summary>
    public Uitkomst Sluit(string? watGedaan, string door, DateTimeOffset nu)
    {
        if (Status == SignaalStatus.Open)
            return Uitkomst.Fout("Beantwoord het signaal eerst; daarna kunt u het sluiten.", nameof(Antwoord));
        if (Status == SignaalStatus.Gesloten) return Uitkomst.Fout("Dit signaal is al gesloten.", nameof(Status));
        if (string.IsNullOrWhiteSpace(watGedaan)) return Uitkomst.Fout("Schrijf op wat er is gedaan.", nameof(WatGedaan));
        var tekst = Vereist.Tekst(watGedaan, "Wat er is gedaan", MaxTekst, nameof(WatGedaan));
        if (tekst.IsFout) return tekst;
        var naam = Vereist.Tekst(door, "Wie sluit", MaxNaam, nameof(GeslotenDoor)).Zeker();

        WatGedaan = tekst.Waarde;
        GeslotenDoor = naam;
        GeslotenOp = nu;
        if (BeantwoordOp is null) WerkdagenTotAntwoord = Werkdagen.Tussen(TermijnStartDatum, Werkdagen.DagInNederland(nu));
        BeantwoordOp ??= nu;
        Status = SignaalStatus.Gesloten;
        return Uitkomst.Ok();
    }

    /// <summary>The last day the regievoerder has to answer in the current term.</summary>
    public DateOnly AntwoordUiterlijk(int termijnWerkdagen) => Werkdagen.Na(TermijnStartDatum, termijnWerkdagen);

    /// <summary>True when the signaal still waits for the regievoerder after its last day to answer, and has not gone to the
    /// gemeente in this term yet. <paramref name="vandaag"/> is the Dutch date, computed by the caller.</summary>
    public bool MoetEscaleren(DateOnly vandaag, int termijnWerkdagen) =>
        IsOpen && !IsGeescaleerd && vandaag > AntwoordUiterlijk(termijnWerkdagen);

    public Uitkomst Escaleer(DateTimeOffset nu, DateOnly vandaag, int termijnWerkdagen)
    {
        if (!MoetEscaleren(vandaag, termijnWerkdagen))
            return Uitkomst.Fout("Dit signaal hoeft (nog) niet te worden opgeschaald.", nameof(Status));
        GeescaleerdOp = nu;
        AantalEscalaties++;
        return Uitkomst.Ok();
    }

    /// <summary>A professional's opschaling straight to the gemeente, without waiting for the regievoerder's term: it counts as
    /// escalated from the moment it is given.</summary>
    public Uitkomst StuurNaarGemeente(DateTimeOffset nu)
    {
        if (Bron != SignaalBron.Professional)
            return Uitkomst.Fout("Alleen een professional kan een opschaling direct naar de gemeente sturen.", nameof(Bron));
        if (!IsOpen) return Uitkomst.Fout("Dit signaal wacht niet op een antwoord.", nameof(Status));
        if (IsGeescaleerd) return Uitkomst.Fout("Dit signaal ligt al bij de gemeente.", nameof(Status));
        GeescaleerdOp = nu;
        AantalEscalaties++;
        return Uitkomst.Ok();
    }

    private const string GeslotenMelding = "Dit signaal is gesloten. Geef een nieuw signaal als u nog hulp nodig heeft.";
}
