using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Regie.Web.Data;

namespace Regie.Web.Pages.Account;

/// <summary>A new password typed twice, as on the reset and change pages.</summary>
public sealed class WachtwoordKeuze
{
    [Required(ErrorMessage = "Kies een nieuw wachtwoord.")]
    [StringLength(200, ErrorMessage = "Een wachtwoord is hoogstens 200 tekens.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nieuw wachtwoord")]
    public string? Wachtwoord { get; set; }

    [Required(ErrorMessage = "Vul het nieuwe wachtwoord nog een keer in.")]
    [Compare(nameof(Wachtwoord), ErrorMessage = "De twee wachtwoorden zijn niet gelijk. Vul twee keer hetzelfde wachtwoord in.")]
    [StringLength(200, ErrorMessage = "Een wachtwoord is hoogstens 200 tekens.")]
    [DataType(DataType.Password)]
    [Display(Name = "Herhaal het nieuwe wachtwoord")]
    public string? Herhaling { get; set; }

    /// <summary>Identity's own rules (length, letters, digit), in Dutch, next to the field.</summary>
    public static async Task ControleerAsync(UserManager<Gebruiker> users, Gebruiker gebruiker, string? wachtwoord,
        ModelStateDictionary modelState, string veld)
    {
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, gebruiker, wachtwoord);
            foreach (var fout in check.Errors) modelState.AddModelError(veld, fout.Description);
        }
    }
}
