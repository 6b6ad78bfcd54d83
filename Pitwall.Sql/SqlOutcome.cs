namespace Pitwall.Sql;

/// <summary>
/// A statement says what happened in a word ('saved', 'locked', 'not_found', …); each store maps
/// every word it expects to its outcome. A word no map names is a bug in the SQL or the map, and
/// fails loudly, instead of passing for "not found".
/// </summary>
public static class SqlOutcome
{
    public static T Of<T>(string? word, IReadOnlyDictionary<string, T> words) where T : struct, Enum =>
        word is not null && words.TryGetValue(word, out var outcome)
            ? outcome
            : throw new InvalidOperationException($"The statement answered \"{word}\", which is not one of {typeof(T).Name}'s words ({string.Join(", ", words.Keys)}).");
}
