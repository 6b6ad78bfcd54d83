using Npgsql;
using Pitwall.Sql.Configuration;

namespace Pitwall.Tests.Configuration;

public sealed class DatabaseUrlTests
{
    static NpgsqlConnectionStringBuilder Parse(string value) => new(DatabaseUrl.ToConnectionString(value));

    [Fact]
    public void RailwayUrl_BecomesAConnectionString()
    {
        var b = Parse("postgresql://postgres:s3cr%40t@containers-us-west-1.railway.app:6543/railway?sslmode=require");

        Assert.Equal("containers-us-west-1.railway.app", b.Host);
        Assert.Equal(6543, b.Port);
        Assert.Equal("postgres", b.Username);
        Assert.Equal("s3cr@t", b.Password);
        Assert.Equal("railway", b.Database);
        Assert.Equal(SslMode.Require, b.SslMode);
    }

    [Fact]
    public void PostgresScheme_WithoutPort_UsesTheDefaultPort()
    {
        var b = Parse("postgres://app@db.internal/pitwall");

        Assert.Equal(5432, b.Port);
        Assert.Equal("app", b.Username);
        Assert.Null(b.Password);
    }

    [Fact]
    public void NpgsqlConnectionString_IsAcceptedAsItIs()
    {
        var b = Parse("Host=127.0.0.1;Port=55432;Username=pitwall;Database=pitwall");

        Assert.Equal("127.0.0.1", b.Host);
        Assert.Equal(55432, b.Port);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("mysql://root:hunter2@db/app", "unsupported scheme")]
    [InlineData("postgresql://user:hunter2@db.example.com:5432", "names no database")]
    [InlineData("postgresql://user:hunter2@db.example.com/app?sslmode=sometimes", "unknown sslmode")]
    [InlineData("postgresql://user:hunter2@db.example.com/app?pool=yes", "unsupported parameter 'pool'")]
    [InlineData("postgresql://user:hunter2@db.example.com/app?connect_timeout=soon", "whole number of seconds")]
    [InlineData("Host=db;Pasword=hunter2", "neither a postgresql:// URL nor a valid connection string")]
    [InlineData("just some words hunter2", "neither a postgresql:// URL nor a valid connection string")]
    public void BadInput_IsRefused_NamingTheProblem_WithoutThePassword(string value, string expected)
    {
        var error = Assert.Throws<FormatException>(() => DatabaseUrl.ToConnectionString(value));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("hunter2", error.Message);
    }

    [Fact]
    public void Describe_MasksThePassword()
    {
        var described = DatabaseUrl.Describe(DatabaseUrl.ToConnectionString("postgresql://app:hunter2@db.example.com:5433/pitwall"));

        Assert.Equal("host=db.example.com port=5433 database=pitwall user=app password=***", described);
    }
}
