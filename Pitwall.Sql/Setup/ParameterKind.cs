using System.Globalization;

namespace Pitwall.Sql.Setup;

public enum ParameterKind { Number, Whole, Text }
