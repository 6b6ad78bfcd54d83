using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pitwall.Sql.Fleet;
using Pitwall.Sql.Setup;
using Pitwall.Web.Features.Profiles;
using Pitwall.Web.Features.Shared;

namespace Pitwall.Web.Features.Fleet;

/// <summary>➕ Add Car and Edit car: the four fields and, when editing, the baseline setup sheet.</summary>
public sealed class CarForm
{
    const int FieldMax = CarRules.FieldMax;

    [BindNever] public int? Id { get; set; }
    public string? Brand { get; set; }
    public string? Model { get; set; }
    public string? Nickname { get; set; }
    public string? Transponder { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The baseline sheet (edit only).</summary>
    [BindNever] public SetupSheetForm? Setup { get; set; }

    public string Title => Id is null ? "Add car" : $"Edit {Brand} {Model}";

    public static CarForm From(Car car) => new()
    {
        Id = car.Id, Brand = car.Brand, Model = car.Model, Nickname = car.Nickname, Transponder = car.Transponder,
        Setup = new SetupSheetForm(null, SetupValues.Parse(car.Baseline)),
    };

    public CarFields Fields => new(
        RacerRules.Clean(Brand) ?? "", RacerRules.Clean(Model) ?? "", RacerRules.Clean(Nickname), RacerRules.Clean(Transponder));

    public bool Validate()
    {
        Errors.Clear();
        var f = Fields;
        Required(nameof(Brand), f.Brand, "brand");
        Required(nameof(Model), f.Model, "model");
        if (f.Nickname is { Length: > FieldMax }) Errors[nameof(Nickname)] = $"Use at most {FieldMax} characters for the nickname.";
        else if (TextRules.CheckName(f.Nickname) is { } nickname) Errors[nameof(Nickname)] = nickname;
        TextRules.CheckReadable(Errors, (nameof(Transponder), Transponder));
        if (f.Transponder is { } t && !CarRules.IsTransponder(t))
            Errors[nameof(Transponder)] = $"Enter the transponder number: up to {CarRules.TransponderMax} letters, digits or dashes.";
        var setupOk = Setup?.Validate() ?? true;
        return Errors.Count == 0 && setupOk;
    }

    void Required(string field, string value, string what)
    {
        if (value.Length == 0) Errors[field] = $"Enter the car's {what}.";
        else if (value.Length > FieldMax) Errors[field] = $"Use at most {FieldMax} characters for the {what}.";
        else if (TextRules.CheckName(value) is { } problem) Errors[field] = problem;
    }

    public string DuplicateMessage => Fields.Nickname is null
        ? $"You already have a {Fields.Brand} {Fields.Model} without a nickname: give this one a nickname."
        : $"You already have a {Fields.Brand} {Fields.Model} called \"{Fields.Nickname}\".";
}
