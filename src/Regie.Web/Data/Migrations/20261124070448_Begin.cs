using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Regie.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Begin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "text", nullable: false),
                    MedewerkerId = table.Column<Guid>(type: "uuid", nullable: true),
                    BetrokkeneId = table.Column<Guid>(type: "uuid", nullable: true),
                    Actief = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Logboek",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    Tijdstip = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GebruikerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Gebruiker = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: true),
                    Entiteit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Actie = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IpAdres = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Logboek", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisaties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Gemeentecode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Regio = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Actief = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisaties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sjablonen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GemaaktOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Stappen = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sjablonen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Medewerkers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Functie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Telefoon = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Bereikbaarheid = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Actief = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Medewerkers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Medewerkers_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Casussen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Gezinsnaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GemeenteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Indicaties = table.Column<List<string>>(type: "text[]", nullable: false),
                    Maatregel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Hulpvraag = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Startdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Afsluitdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    AfsluitReden = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LaatsteEvaluatie = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    VolgendeEvaluatie = table.Column<DateOnly>(type: "date", nullable: true),
                    SjabloonId = table.Column<Guid>(type: "uuid", nullable: false),
                    SjabloonVersie = table.Column<int>(type: "integer", nullable: false),
                    Herbeoordelen = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Casussen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Casussen_Organisaties_GemeenteId",
                        column: x => x.GemeenteId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Casussen_Sjablonen_SjabloonId",
                        column: x => x.SjabloonId,
                        principalTable: "Sjablonen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Betrokkenen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RolOfRelatie = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsOuder = table.Column<bool>(type: "boolean", nullable: false),
                    OrganisatieId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrganisatieNaam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrganisatieType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    MedewerkerId = table.Column<Guid>(type: "uuid", nullable: true),
                    Telefoon = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Bereikbaarheid = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    BetrokkenVan = table.Column<DateOnly>(type: "date", nullable: false),
                    BetrokkenTot = table.Column<DateOnly>(type: "date", nullable: true),
                    RedenEinde = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Betrokkenen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Betrokkenen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Betrokkenen_Medewerkers_MedewerkerId",
                        column: x => x.MedewerkerId,
                        principalTable: "Medewerkers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Betrokkenen_Organisaties_OrganisatieId",
                        column: x => x.OrganisatieId,
                        principalTable: "Organisaties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CasusStappen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Titel = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Hulpvragen = table.Column<List<string>>(type: "text[]", nullable: false),
                    Afspraken = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GewijzigdDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasusStappen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasusStappen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Overleggen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Datum = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Aanwezigen = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Besluiten = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Overleggen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Overleggen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Signalen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Bron = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IngediendDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IngediendOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Antwoord = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    BeantwoordDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    BeantwoordOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GeescaleerdOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Signalen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Signalen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VragenlijstInvullingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Doelgroep = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IngevuldOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Antwoorden = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VragenlijstInvullingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VragenlijstInvullingen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Overdrachten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    VanBetrokkeneId = table.Column<Guid>(type: "uuid", nullable: false),
                    NaarBetrokkeneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Notitie = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    VoorgesteldOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BeslistOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Reden = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Overdrachten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Overdrachten_Betrokkenen_NaarBetrokkeneId",
                        column: x => x.NaarBetrokkeneId,
                        principalTable: "Betrokkenen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Overdrachten_Betrokkenen_VanBetrokkeneId",
                        column: x => x.VanBetrokkeneId,
                        principalTable: "Betrokkenen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Overdrachten_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Regietoewijzingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    BetrokkeneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Onderdeel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Mandaat = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Van = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Tot = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RedenEinde = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regietoewijzingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Regietoewijzingen_Betrokkenen_BetrokkeneId",
                        column: x => x.BetrokkeneId,
                        principalTable: "Betrokkenen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Regietoewijzingen_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Taken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BetrokkeneId = table.Column<Guid>(type: "uuid", nullable: false),
                    Resultaat = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Termijn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Taken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Taken_Betrokkenen_BetrokkeneId",
                        column: x => x.BetrokkeneId,
                        principalTable: "Betrokkenen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Taken_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Handreikingversies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CasusId = table.Column<Guid>(type: "uuid", nullable: false),
                    Volgnummer = table.Column<int>(type: "integer", nullable: false),
                    OverlegId = table.Column<Guid>(type: "uuid", nullable: false),
                    VastgesteldDoorId = table.Column<Guid>(type: "uuid", nullable: false),
                    VastgesteldDoor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    VastgesteldOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    OudersAkkoord = table.Column<bool>(type: "boolean", nullable: false),
                    OudersOpmerking = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Inhoud = table.Column<string>(type: "jsonb", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VervangenOp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Verificatiecode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Handreikingversies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Handreikingversies_Casussen_CasusId",
                        column: x => x.CasusId,
                        principalTable: "Casussen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Handreikingversies_Overleggen_OverlegId",
                        column: x => x.OverlegId,
                        principalTable: "Overleggen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Betrokkenen_CasusId",
                table: "Betrokkenen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Betrokkenen_MedewerkerId",
                table: "Betrokkenen",
                column: "MedewerkerId",
                filter: "\"BetrokkenTot\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Betrokkenen_OrganisatieId",
                table: "Betrokkenen",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_Code",
                table: "Casussen",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_GemeenteId_Status",
                table: "Casussen",
                columns: new[] { "GemeenteId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_SjabloonId",
                table: "Casussen",
                column: "SjabloonId");

            migrationBuilder.CreateIndex(
                name: "IX_Casussen_VolgendeEvaluatie",
                table: "Casussen",
                column: "VolgendeEvaluatie",
                filter: "\"Status\" <> 'Afgesloten'");

            migrationBuilder.CreateIndex(
                name: "IX_CasusStappen_CasusId_Nummer",
                table: "CasusStappen",
                columns: new[] { "CasusId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Handreikingversies_CasusId_Volgnummer",
                table: "Handreikingversies",
                columns: new[] { "CasusId", "Volgnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Handreikingversies_OverlegId",
                table: "Handreikingversies",
                column: "OverlegId");

            migrationBuilder.CreateIndex(
                name: "IX_Handreikingversies_Verificatiecode",
                table: "Handreikingversies",
                column: "Verificatiecode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Logboek_CasusId_Tijdstip",
                table: "Logboek",
                columns: new[] { "CasusId", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_Logboek_GebruikerId_Tijdstip",
                table: "Logboek",
                columns: new[] { "GebruikerId", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_Medewerkers_Email",
                table: "Medewerkers",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Medewerkers_OrganisatieId",
                table: "Medewerkers",
                column: "OrganisatieId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisaties_Gemeentecode",
                table: "Organisaties",
                column: "Gemeentecode",
                unique: true,
                filter: "\"Gemeentecode\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_CasusId",
                table: "Overdrachten",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_NaarBetrokkeneId",
                table: "Overdrachten",
                column: "NaarBetrokkeneId");

            migrationBuilder.CreateIndex(
                name: "IX_Overdrachten_VanBetrokkeneId",
                table: "Overdrachten",
                column: "VanBetrokkeneId");

            migrationBuilder.CreateIndex(
                name: "IX_Overleggen_CasusId",
                table: "Overleggen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Regietoewijzingen_BetrokkeneId",
                table: "Regietoewijzingen",
                column: "BetrokkeneId");

            migrationBuilder.CreateIndex(
                name: "IX_Regietoewijzingen_CasusId_Soort",
                table: "Regietoewijzingen",
                columns: new[] { "CasusId", "Soort" });

            migrationBuilder.CreateIndex(
                name: "IX_Signalen_CasusId",
                table: "Signalen",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_Signalen_IngediendOp",
                table: "Signalen",
                column: "IngediendOp",
                filter: "\"BeantwoordOp\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Sjablonen_Versie",
                table: "Sjablonen",
                column: "Versie",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Taken_BetrokkeneId",
                table: "Taken",
                column: "BetrokkeneId");

            migrationBuilder.CreateIndex(
                name: "IX_Taken_CasusId",
                table: "Taken",
                column: "CasusId");

            migrationBuilder.CreateIndex(
                name: "IX_VragenlijstInvullingen_CasusId",
                table: "VragenlijstInvullingen",
                column: "CasusId");
            // Rules the database guards itself, whatever code writes to it. Deferrable, so a warm overdracht
            // (end the old toewijzing, add the new one) or a new version (old one vervangen) may pass through
            // an intermediate state inside one transaction.
            migrationBuilder.Sql("""
                ALTER TABLE "Regietoewijzingen" ADD CONSTRAINT "EenActieveProcesregievoerder"
                    EXCLUDE USING btree ("CasusId" WITH =) WHERE ("Soort" = 'Procesregie' AND "Tot" IS NULL)
                    DEFERRABLE INITIALLY DEFERRED;
                ALTER TABLE "Handreikingversies" ADD CONSTRAINT "EenGeldendeVersie"
                    EXCLUDE USING btree ("CasusId" WITH =) WHERE ("Status" = 'Geldend')
                    DEFERRABLE INITIALLY DEFERRED;
                ALTER TABLE "Overdrachten" ADD CONSTRAINT "EenOpenOverdracht"
                    EXCLUDE USING btree ("CasusId" WITH =) WHERE ("Status" = 'Voorgesteld')
                    DEFERRABLE INITIALLY DEFERRED;

                -- The logboek is append-only in the database itself, not only in code.
                CREATE FUNCTION logboek_alleen_aanvullen() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'Het logboek kan alleen worden aangevuld, niet gewijzigd of verwijderd.';
                END $$;
                CREATE TRIGGER logboek_alleen_aanvullen BEFORE UPDATE OR DELETE ON "Logboek"
                    FOR EACH ROW EXECUTE FUNCTION logboek_alleen_aanvullen();
                CREATE TRIGGER logboek_niet_legen BEFORE TRUNCATE ON "Logboek"
                    FOR EACH STATEMENT EXECUTE FUNCTION logboek_alleen_aanvullen();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS logboek_alleen_aanvullen ON \"Logboek\"; DROP TRIGGER IF EXISTS logboek_niet_legen ON \"Logboek\"; DROP FUNCTION IF EXISTS logboek_alleen_aanvullen();");
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "CasusStappen");

            migrationBuilder.DropTable(
                name: "Handreikingversies");

            migrationBuilder.DropTable(
                name: "Logboek");

            migrationBuilder.DropTable(
                name: "Overdrachten");

            migrationBuilder.DropTable(
                name: "Regietoewijzingen");

            migrationBuilder.DropTable(
                name: "Signalen");

            migrationBuilder.DropTable(
                name: "Taken");

            migrationBuilder.DropTable(
                name: "VragenlijstInvullingen");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Overleggen");

            migrationBuilder.DropTable(
                name: "Betrokkenen");

            migrationBuilder.DropTable(
                name: "Casussen");

            migrationBuilder.DropTable(
                name: "Medewerkers");

            migrationBuilder.DropTable(
                name: "Sjablonen");

            migrationBuilder.DropTable(
                name: "Organisaties");
        }
    }
}
