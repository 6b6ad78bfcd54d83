namespace Pitwall.Tests.Infrastructure;

/// <summary>How the earlier tool's Phase 4.4 flag came to be, or not, in a database built from its schema file.</summary>
public enum Phase44State
{
    /// <summary>The schema file (v2) declared is_default (nullable, default false) with idx_profiles_is_default; no racer is the default.</summary>
    DeclaredBySchemaFile,

    /// <summary>An older schema file without the flag; the tool's start-up migration added the column, then its UPDATE failed on the trigger.</summary>
    HalfApplied,

    /// <summary>An older schema file without the flag, and the tool's Phase 4.4 start-up never ran: no is_default column at all.</summary>
    NotRun,
}
