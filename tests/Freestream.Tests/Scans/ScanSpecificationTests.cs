using Freestream.Cosmology;
using Freestream.Scans;

namespace Freestream.Tests.Scans;

public class ScanSpecificationTests
{
    [Fact]
    public void EqualSpecificationsHaveEqualHashes()
    {
        Assert.Equal(ScanTestSpecs.Plane(6, 6).Hash, ScanTestSpecs.Plane(6, 6).Hash);
    }

    [Fact]
    public void AnyChangedInputChangesTheHash()
    {
        string hash = ScanTestSpecs.Plane(6, 6).Hash;
        Assert.NotEqual(hash, ScanTestSpecs.Plane(6, 7).Hash);
        Assert.NotEqual(hash, ScanTestSpecs.Plane(6, 6, 65).Hash);
        var other = ScanTestSpecs.Plane(6, 6);
        var withCosmology = new ScanSpecification(other.Model, other.ScalarMassGeV, other.Lambda, other.Yukawa, CosmologyParameters.Planck2018 with { H = 0.7 });
        var withSetting = new ScanSpecification(other.Model, other.ScalarMassGeV, other.Lambda, other.Yukawa, other.Cosmology, new Dictionary<string, double> { ["half_mode_strict_mass_kev"] = 3.3 });
        Assert.NotEqual(hash, withCosmology.Hash);
        Assert.NotEqual(hash, withSetting.Hash);
    }

    [Fact]
    public void JsonRoundTripKeepsTheHash()
    {
        var specification = new ScanSpecification("scalar-decay", 65, ScanAxis.Parse("lambda", "1e-9,3e-8,1e-6"), ScanAxis.LogSpaced("yukawa", 1e-11, 1e-6, 7),
            CosmologyParameters.Planck2018 with { OmegaDarkMatterH2 = 0.119 }, new Dictionary<string, double> { ["a"] = 1.5 });
        var back = ScanSpecification.FromJson(specification.ToJson().ToJsonString());
        Assert.Equal(specification.Hash, back.Hash);
        Assert.Equal(specification.Lambda.Values, back.Lambda.Values);
    }

    [Fact]
    public void PointsAreLambdaMajor()
    {
        var specification = ScanTestSpecs.Plane(4, 3);
        var point = specification.PointAt(7);
        Assert.Equal((2, 1), (point.LambdaIndex, point.YukawaIndex));
        Assert.Equal(specification.Lambda.Values[2], point.Lambda);
        Assert.Equal(specification.Yukawa.Values[1], point.Yukawa);
    }

    [Fact]
    public void UnknownModelIsRejected()
    {
        var plane = ScanTestSpecs.Plane(2, 2);
        var error = Assert.Throws<ArgumentException>(() => new ScanSpecification("dodelson-widrow-x", 100, plane.Lambda, plane.Yukawa, plane.Cosmology));
        Assert.Contains("dodelson-widrow-x", error.Message);
    }
}
