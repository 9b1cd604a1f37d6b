using Microsoft.AspNetCore.Identity;

namespace Regie.Web.Infrastructure;

/// <summary>Identity's messages in Dutch: they reach the user directly, for example when choosing a password.</summary>
public sealed class NederlandseIdentityFouten : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Fout(nameof(DefaultError), "Er ging iets mis. Probeer het opnieuw.");
    public override IdentityError ConcurrencyFailure() => Fout(nameof(ConcurrencyFailure), "Iemand anders heeft dit account intussen gewijzigd. Probeer het opnieuw.");
    public override IdentityError PasswordMismatch() => Fout(nameof(PasswordMismatch), "Het wachtwoord klopt niet.");
    public override IdentityError InvalidToken() => Fout(nameof(InvalidToken), "De code of link is niet (meer) geldig.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Fout(nameof(RecoveryCodeRedemptionFailed), "De herstelcode klopt niet of is al gebruikt.");
    public override IdentityError LoginAlreadyAssociated() => Fout(nameof(LoginAlreadyAssociated), "Deze inlogmethode hoort al bij een ander account.");
    public override IdentityError InvalidUserName(string? userName) => Fout(nameof(InvalidUserName), $"De gebruikersnaam '{userName}' mag alleen letters, cijfers en de tekens - . _ @ + bevatten.");
    public override IdentityError InvalidEmail(string? email) => Fout(nameof(InvalidEmail), $"'{email}' is geen geldig e-mailadres.");
    public override IdentityError DuplicateUserName(string userName) => Fout(nameof(DuplicateUserName), $"Er is al een account met de gebruikersnaam '{userName}'.");
    public override IdentityError DuplicateEmail(string email) => Fout(nameof(DuplicateEmail), $"Er is al een account met het e-mailadres '{email}'.");
    public override IdentityError InvalidRoleName(string? role) => Fout(nameof(InvalidRoleName), $"'{role}' is geen geldige rol.");
    public override IdentityError DuplicateRoleName(string role) => Fout(nameof(DuplicateRoleName), $"De rol '{role}' bestaat al.");
    public override IdentityError UserAlreadyHasPassword() => Fout(nameof(UserAlreadyHasPassword), "Voor dit account is al een wachtwoord ingesteld.");
    public override IdentityError UserLockoutNotEnabled() => Fout(nameof(UserLockoutNotEnabled), "Blokkeren staat voor dit account niet aan.");
    public override IdentityError UserAlreadyInRole(string role) => Fout(nameof(UserAlreadyInRole), $"Het account heeft de rol '{role}' al.");
    public override IdentityError UserNotInRole(string role) => Fout(nameof(UserNotInRole), $"Het account heeft de rol '{role}' niet.");
    public override IdentityError PasswordTooShort(int length) => Fout(nameof(PasswordTooShort), $"Het wachtwoord moet minstens {length} tekens lang zijn.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Fout(nameof(PasswordRequiresUniqueChars), $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Fout(nameof(PasswordRequiresNonAlphanumeric), "Het wachtwoord moet minstens één teken bevatten dat geen letter of cijfer is.");
    public override IdentityError PasswordRequiresDigit() => Fout(nameof(PasswordRequiresDigit), "Het wachtwoord moet minstens één cijfer (0-9) bevatten.");
    public override IdentityError PasswordRequiresLower() => Fout(nameof(PasswordRequiresLower), "Het wachtwoord moet minstens één kleine letter (a-z) bevatten.");
    public override IdentityError PasswordRequiresUpper() => Fout(nameof(PasswordRequiresUpper), "Het wachtwoord moet minstens één hoofdletter (A-Z) bevatten.");

    private static IdentityError Fout(string code, string tekst) => new() { Code = code, Description = tekst };
}
