using System.Text;
using Pitwall.Web.Features.Results;

namespace Pitwall.Tests.Results;

public sealed class LapCsvTests
{
    static (IReadOnlyList<decimal> Laps, Pitwall.Sql.Results.LapProblem? Problem) Read(string csv) =>
        LapCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    [Theory]
    [InlineData("Lap,Lap Time,Position\n1,24.516,3\n2,25.012,3\n3,1:02.345,2")]
    [InlineData("lap;time\n1;24.516\n2;25.012\n3;1:02.345")]
    [InlineData("1,24.516\n2,25.012\n3,1:02.345")]
    [InlineData("24.516\n25.012\n\n1:02.345")]
    public void TheLapTimeColumn_IsFound_WithOrWithoutAHeader(string csv)
    {
        var (laps, problem) = Read(csv);

        Assert.Null(problem);
        Assert.Equal([24.516m, 25.012m, 62.345m], laps);
    }

    [Fact]
    public void ABadCell_NamesTheFilesLine()
    {
        var (laps, problem) = Read("Lap,Lap Time\n1,24.516\n2,DNF\n");

        Assert.Empty(laps);
        Assert.Equal(3, problem!.Line);
        Assert.Contains("DNF", problem.ToString());
    }

    [Fact]
    public void AHeaderWithoutATimeColumn_IsRefused()
    {
        var (_, problem) = Read("Driver,Car\nAna,Mugen\n");

        Assert.Contains("No column of lap times", problem!.Message);
    }
}
