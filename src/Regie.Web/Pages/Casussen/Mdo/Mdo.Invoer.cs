using System.ComponentModel.DataAnnotations;
using Regie.Domain.Casussen;
using Regie.Domain.Handreiking;

namespace Regie.Web.Pages.Casussen.Mdo;

/// <summary>The forms of the MDO page, and the unsaved text of the other forms that every post carries along.</summary>
public sealed partial class MdoModel
{
    public sealed class StapInvoer
    {
        [Range(1, HandreikingSjabloon.AantalStappen, ErrorMessage = "Deze stap bestaat niet.")]
        public int Nummer { get; set; }

        [StringLength(CasusStap.MaxAfsprakenLengte, ErrorMessage = "De afspraken mogen hoogstens 8000 tekens lang zijn.")]
        [Display(Name = "Afspraken")]
        public string? Afspraken { get; set; }

        [Required(ErrorMessage = "Kies hoe ver u met deze stap bent.")]
        public StapStatus? Status { get; set; }

        /// <summary>The step's xmin when the page was read.</summary>
        public uint Versie { get; set; }
    }

    public sealed class OverlegInvoer
    {
        public List<Guid> Aanwezigen { get; set; } = [];

        [StringLength(8000, ErrorMessage = "De besluiten mogen hoogstens 8000 tekens lang zijn.")]
        [Display(Name = "Besluiten van dit overleg")]
        public string? Besluiten { get; set; }

        public uint Versie { get; set; }
    }

    public sealed class HulpvraagInvoer
    {
        [Required(ErrorMessage = "Vul de hulpvraag in.")]
        [StringLength(Casus.MaxHulpvraagLengte, ErrorMessage = "De hulpvraag mag hoogstens 4000 tekens lang zijn.")]
        [Display(Name = "Hulpvraag van ouders en jeugdige")]
        public string? Tekst { get; set; }

        public uint Versie { get; set; }
    }

    public sealed class EvaluatieInvoer
    {
        [Required(ErrorMessage = "Kies de datum van de volgende evaluatie.")]
        [DataType(DataType.Date)]
        [Display(Name = "Volgende evaluatie")]
        public DateOnly? Datum { get; set; }
    }

    /// <summary>A step's unsaved text and status, sent along by wwwroot/js/mdo.js with a post of another form.
    /// Only shown again, never saved: it is saved when the user saves that step.</summary>
    public sealed class StapConcept
    {
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string? Afspraken { get; set; }

        public StapStatus? Status { get; set; }
    }

    /// <summary>The unsaved values of the forms that are not steps; null is "not sent" (the saved value is shown).</summary>
    public sealed class OverigConcept
    {
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? Hulpvraag { get; set; }
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? Besluiten { get; set; }
        public List<Guid> Aanwezigen { get; set; } = [];

        /// <summary>Sent with <see cref="Aanwezigen"/>, so that "nobody ticked" differs from "not sent".</summary>
        public bool AanwezigenGezet { get; set; }

        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? Evaluatie { get; set; }
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? TaakOmschrijving { get; set; }
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? TaakBetrokkeneId { get; set; }
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? TaakResultaat { get; set; }
        [DisplayFormat(ConvertEmptyStringToNull = false)] public string? TaakTermijn { get; set; }

        public bool IsLeeg => Hulpvraag is null && Besluiten is null && !AanwezigenGezet && Evaluatie is null
            && TaakOmschrijving is null && TaakBetrokkeneId is null && TaakResultaat is null && TaakTermijn is null;
    }
}
