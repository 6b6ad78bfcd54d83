namespace Pitwall.Sql.Results.Timing;

/// <summary>
/// What a racer's choice of line is remembered by (timing_names.timing_key): the printed name's
/// <see cref="NameKey"/>, or for a line without a name its car number ("#7") or its transponder
/// ("transponder 4412871"), so a decoder feed's choice is remembered too.
/// </summary>
public static class TimingKey
{
    public static string? Of(string? name, string? carNumber, string? transponder)
    {
        if (NameKey.Of(name) is { Length: > 0 } key) return Cut(key);
        if (Mark(carNumber) is { Length: > 0 } car) return Cut("#" + car);
        return Mark(transponder) is { Length: > 0 } t ? Cut("transponder " + t) : null;
    }

    public static string? Of(DriverLine d) => Of(d.Name, d.CarNumber, d.Transponder);

    public static string? Of(FieldLine d) => Of(d.Name, d.CarNumber, d.Transponder);

    static string Mark(string? value) => (value ?? "").Trim().TrimStart('#').Trim();

    // timing_names.timing_key is varchar(255); a name that long is no name a racer types twice.
    static string Cut(string key) => key.Length <= 255 ? key : key[..255];
}
