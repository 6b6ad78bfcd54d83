using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Pitwall.Sql.Setup;

/// <summary>
/// Reads a setup straight into <see cref="SetupValues"/> while a panel's JSON document is
/// deserialised, so the setup is parsed once, where it is read (never written this way).
/// </summary>
public sealed class SetupValuesJson : JsonConverter<SetupValues>
{
    public override SetupValues Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        SetupValues.From(JsonNode.Parse(ref reader) as JsonObject);

    public override void Write(Utf8JsonWriter writer, SetupValues value, JsonSerializerOptions options) =>
        throw new NotSupportedException("A setup is written with SetupValues.ToJson, in the shape of its column.");
}
