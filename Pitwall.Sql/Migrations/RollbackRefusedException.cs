namespace Pitwall.Sql.Migrations;

public sealed class RollbackRefusedException(string message) : Exception(message);
