using Regie.Domain.Gedeeld;

namespace Regie.Domain.Vragenlijsten;

/// <summary>A list as the regiocoördinator fixed it. Never changed afterwards: an edit makes the next version, so every
/// answer can be read against the exact questions it answered.</summary>
public sealed class Vragenlijstversie
{
    private Vragenlijstversie() { GemaaktDoor = ""; Items = []; }

    private Vragenlijstversie(Doelgroep doelgroep, int volgnummer, List<VragenlijstItem> items, string door, DateTimeOffset nu)
    {
        Id = Guid.NewGuid();
        Doelgroep = doelgroep;
        Volgnummer = volgnummer;
        Items = items;
        GemaaktDoor = door;
        GemaaktOp = nu;
    }

    public Guid Id { get; private set; }
    public Doelgroep Doelgroep { get; private set; }
    public int Volgnummer { get; private set; }
    public List<VragenlijstItem> Items { get; private set; }
    public string GemaaktDoor { get; private set; }
    public DateTimeOffset GemaaktOp { get; private set; }

    public VragenlijstDefinitie Definitie => new(Doelgroep, Items);

    /// <summary>The first version: the list the method came with.</summary>
    public static Vragenlijstversie Eerste(Doelgroep doelgroep, DateTimeOffset nu) =>
        new(doelgroep, 1, [.. (doelgroep == Doelgroep.Ouders ? VragenlijstDefinitie.Ouders : VragenlijstDefinitie.Professionals).Items],
            "Regie", nu);

    /// <summary>The next version after <paramref name="vorige"/>, the limits enforced. The editor keeps a question's code
    /// while its meaning stays, so figures over versions can follow one question.</summary>
    public static Uitkomst<Vragenlijstversie> Volgende(Vragenlijstversie vorige, IReadOnlyList<VragenlijstItem> items, string door,
        DateTimeOffset nu)
    {
        var schoon = items.Select(i => i with { Tekst = i.Tekst?.Trim() ?? "" }).ToList();
        var controle = VragenlijstDefinitie.Controleer(vorige.Doelgroep, schoon);
        if (controle.IsFout) return controle.Als<Vragenlijstversie>();
        var wie = Vereist.Tekst(door, "Wie de lijst wijzigt", 200, "Door");
        if (wie.IsFout) return wie.Als<Vragenlijstversie>();
        return Uitkomst.Ok(new Vragenlijstversie(vorige.Doelgroep, vorige.Volgnummer + 1, schoon, wie.Waarde!, nu));
    }
}
