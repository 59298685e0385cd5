using Platform.Hcl.Evaluation;
using Platform.Hcl.Evaluation.Functions;
using static Platform.Hcl.Tests.Functions.LibrarySource;

namespace Platform.Hcl.Tests.Functions;

public class HashFunctionsTests
{
    [Theory]
    [InlineData("md5(\"hello world\")", "5eb63bbbe01eeed093cb22bb8f5acdc3")]
    [InlineData("sha1(\"hello world\")", "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed")]
    [InlineData("sha256(\"hello world\")", "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9")]
    [InlineData("sha512(\"hello world\")", "309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f")]
    [InlineData("base64sha256(\"hello world\")", "uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=")]
    [InlineData("base64sha512(\"hello world\")", "MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw==")]
    [InlineData("uuidv5(\"dns\", \"www.terraform.io\")", "a5008fae-b28c-5ba5-96cd-82b4c53552d6")]
    [InlineData("uuidv5(\"url\", \"https://www.terraform.io/\")", "9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5")]
    [InlineData("uuidv5(\"oid\", \"1.3.6.1.4\")", "af9d40a5-7a36-5c07-b23a-851cd99fbfa5")]
    [InlineData("uuidv5(\"x500\", \"CN=Example,C=GB\")", "84e09961-4aa4-57f8-95b7-03edb1073253")]
    [InlineData("uuidv5(\"6ba7b810-9dad-11d1-80b4-00c04fd430c8\", \"www.terraform.io\")", "a5008fae-b28c-5ba5-96cd-82b4c53552d6")]
    public void Call_DocumentedExample_TerraformResult(string source, string expected)
    {
        Assert.Equal(expected, Value(source).AsString());
    }

    [Fact]
    public void Uuid_TwoCalls_DifferentVersion4Uuids()
    {
        var first = Value("uuid()").AsString();
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first);
        Assert.NotEqual(first, Value("uuid()").AsString());
    }

    [Fact]
    public void Bcrypt_KnownSalt_MatchesOpenwallVector()
    {
        var salt = Bcrypt.DecodeBase64("CCCCCCCCCCCCCCCCCCCCC.");
        Assert.Equal("$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW", Bcrypt.Hash("U*U", 5, salt));
    }

    [Fact]
    public void Bcrypt_Call_HashVerifiesWithItsOwnSalt()
    {
        var hash = Value("bcrypt(\"hello world\", 4)").AsString();
        Assert.StartsWith("$2a$04$", hash);
        Assert.Equal(60, hash.Length);
        var salt = Bcrypt.DecodeBase64(hash[7..29]);
        Assert.Equal(hash, Bcrypt.Hash("hello world", 4, salt));
    }

    [Fact]
    public void Bcrypt_CostOutOfRange_GoMessage()
    {
        Assert.Equal("Error in function call; Call to function \"bcrypt\" failed: error occurred generating password crypto/bcrypt: cost 32 is outside allowed range (4,31).", Error("bcrypt(\"x\", 32)"));
    }

    [Fact]
    public void Bcrypt_CostBelowFour_DefaultCostAsGo()
    {
        Assert.StartsWith("$2a$10$", Value("bcrypt(\"x\", 3)").AsString());
    }

    [Fact]
    public void Sha256_SensitiveArgument_SensitiveResult()
    {
        Assert.True(Value("sha256(secret)").HasMark(HclMarks.Sensitive));
    }

    [Fact]
    public void Md5_UnknownArgument_UnknownString()
    {
        Assert.False(Value("md5(unknown_string)").IsKnown);
    }
}
