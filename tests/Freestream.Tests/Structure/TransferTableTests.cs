using Freestream.Structure;

namespace Freestream.Tests.Structure;

public sealed class TransferTableTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("freestream-table-");

    public void Dispose() => directory.Delete(recursive: true);

    [Fact]
    public void WriteThenReadIsExact()
    {
        var original = ClassTables.Thermal(2.0);
        string path = Path.Combine(directory.FullName, "t.csv");
        TransferTable.Write(path, original);
        var read = TransferTable.Read(path);
        Assert.Equal(original.KHMpc, read.KHMpc);
        Assert.Equal(original.PowerModel, read.PowerModel);
        Assert.Equal(original.PowerCdm, read.PowerCdm);
    }

    [Fact]
    public void WhitespaceTableWithoutHeaderIsAccepted()
    {
        string path = Path.Combine(directory.FullName, "t.dat");
        File.WriteAllLines(path, Enumerable.Range(1, 10).Select(i => $"{i} 0.5 {i} {2 * i}"));
        Assert.Equal(10, TransferTable.Read(path).KHMpc.Length);
    }

    [Fact]
    public void InconsistentRatioNamesFileAndLine()
    {
        string path = Path.Combine(directory.FullName, "bad.csv");
        File.WriteAllLines(path, ["k_hMpc,T2,P_model,P_cdm", .. Enumerable.Range(1, 9).Select(i => $"{i},0.5,{i},{2 * i}"), "10,0.9,1,2"]);
        var error = Assert.Throws<InvalidDataException>(() => TransferTable.Read(path));
        Assert.Contains("bad.csv:11", error.Message);
    }
}
