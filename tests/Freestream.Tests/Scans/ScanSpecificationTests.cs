using Freestream.Cosmology;
using Freestream.Production;
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
        var withCosmology = ScanSpecification.ScalarDecay(other.Parameters["scalar_mass_gev"], other.X, other.Y, CosmologyParameters.Planck2018 with { H = 0.7 });
        var withSetting = ScanSpecification.ScalarDecay(other.Parameters["scalar_mass_gev"], other.X, other.Y, other.Cosmology, new Dictionary<string, double> { ["half_mode_strict_mass_kev"] = 3.3 });
        Assert.NotEqual(hash, withCosmology.Hash);
        Assert.NotEqual(hash, withSetting.Hash);
    }

    [Fact]
    public void JsonRoundTripKeepsTheHash()
    {
        var specification = ScanSpecification.ScalarDecay(65, ScanAxis.Parse("lambda", "1e-9,3e-8,1e-6"), ScanAxis.LogSpaced("yukawa", 1e-11, 1e-6, 7),
            CosmologyParameters.Planck2018 with { OmegaDarkMatterH2 = 0.119 }, new Dictionary<string, double> { ["satellites_observed"] = 50 });
        var back = ScanSpecification.FromJson(specification.ToJson().ToJsonString());
        Assert.Equal(specification.Hash, back.Hash);
        Assert.Equal(specification.X.Values, back.X.Values);
    }

    [Fact]
    public void InputsNameEveryCoordinateByItsQuantityKey()
    {
        var scalar = ScanSpecification.ScalarDecay(65, ScanAxis.Parse("lambda", "1e-9,3e-8"), ScanAxis.Parse("yukawa", "1e-11,1e-9,1e-7"), CosmologyParameters.Planck2018);
        var point = scalar.PointAt(4);
        var inputs = scalar.Inputs(point);
        Assert.Equal(65, inputs[ProductionQuantities.ScalarMassGeV.Key]);
        Assert.Equal(3e-8, inputs[ProductionQuantities.Lambda.Key]);
        Assert.Equal(1e-9, inputs[ProductionQuantities.Yukawa.Key]);

        var resonant = ScanSpecification.ShiFuller(ScanAxis.Parse("sterile_mass_kev", "7.1,20"), ScanAxis.Parse("sin2_2theta", "1e-11,1e-10"), CosmologyParameters.Planck2018);
        var resonantInputs = resonant.Inputs(resonant.PointAt(1));
        Assert.Equal(7.1, resonantInputs[ProductionQuantities.SterileMassKeV.Key]);
        Assert.Equal(1e-10, resonantInputs[ProductionQuantities.Sin2TwoTheta.Key]);
        Assert.Equal(2, resonantInputs.Count);
    }

    [Fact]
    public void PointsAreLambdaMajor()
    {
        var specification = ScanTestSpecs.Plane(4, 3);
        var point = specification.PointAt(7);
        Assert.Equal((2, 1), (point.XIndex, point.YIndex));
        Assert.Equal(specification.X.Values[2], point.X);
        Assert.Equal(specification.Y.Values[1], point.Y);
    }

    [Fact]
    public void UnknownModelIsRejected()
    {
        var plane = ScanTestSpecs.Plane(2, 2);
        var error = Assert.Throws<ArgumentException>(() => new ScanSpecification("dodelson-widrow-x", plane.X, plane.Y, plane.Parameters, plane.Cosmology));
        Assert.Contains("dodelson-widrow-x", error.Message);
    }
}
