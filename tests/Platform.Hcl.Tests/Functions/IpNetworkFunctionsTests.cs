using static Platform.Hcl.Tests.Functions.LibrarySource;

namespace Platform.Hcl.Tests.Functions;

public class IpNetworkFunctionsTests
{
    [Theory]
    [InlineData("cidrhost(\"10.12.112.0/20\", 16)", "\"10.12.112.16\"")]
    [InlineData("cidrhost(\"10.12.112.0/20\", 268)", "\"10.12.113.12\"")]
    [InlineData("cidrhost(\"fd00:fd12:3456:7890:00a2::/72\", 34)", "\"fd00:fd12:3456:7890::22\"")]
    [InlineData("cidrhost(\"10.0.0.0/8\", -1)", "\"10.255.255.255\"")]
    [InlineData("cidrnetmask(\"172.16.0.0/12\")", "\"255.240.0.0\"")]
    [InlineData("cidrnetmask(\"10.0.0.0/32\")", "\"255.255.255.255\"")]
    [InlineData("cidrhost(\"010.0.0.0/8\", 1)", "\"10.0.0.1\"")]
    [InlineData("cidrsubnet(\"172.16.0.0/12\", 4, 2)", "\"172.18.0.0/16\"")]
    [InlineData("cidrsubnet(\"10.1.2.0/24\", 4, 15)", "\"10.1.2.240/28\"")]
    [InlineData("cidrsubnet(\"fd00:fd12:3456:7890::/56\", 16, 162)", "\"fd00:fd12:3456:7800:a200::/72\"")]
    [InlineData("cidrsubnets(\"10.1.0.0/16\", 4, 4, 8, 4)", "[\"10.1.0.0/20\",\"10.1.16.0/20\",\"10.1.32.0/24\",\"10.1.48.0/20\"]")]
    [InlineData("cidrsubnets(\"fd00:fd12:3456:7890::/56\", 16, 16, 16, 32)", "[\"fd00:fd12:3456:7800::/72\",\"fd00:fd12:3456:7800:100::/72\",\"fd00:fd12:3456:7800:200::/72\",\"fd00:fd12:3456:7800:300::/88\"]")]
    public void Call_DocumentedExample_TerraformResult(string source, string expected)
    {
        Assert.Equal(expected, EvalToJson(source));
    }

    [Theory]
    [InlineData("cidrhost(\"10.0.0.0/30\", 4)", "Error in function call; Call to function \"cidrhost\" failed: prefix of 30 bits cannot accommodate a host numbered 4.")]
    [InlineData("cidrsubnet(\"10.0.0.0/30\", 4, 0)", "Error in function call; Call to function \"cidrsubnet\" failed: insufficient address space to extend prefix of 30 by 4.")]
    [InlineData("cidrsubnet(\"10.0.0.0/16\", 2, 4)", "Error in function call; Call to function \"cidrsubnet\" failed: prefix extension of 2 does not accommodate a subnet numbered 4.")]
    [InlineData("cidrhost(\"0x0A.0.0.0/8\", 1)", "Invalid function argument; Invalid value for \"prefix\" parameter: invalid CIDR expression: invalid CIDR address: 0x0A.0.0.0/8.")]
    [InlineData("cidrhost(\"10.0.0/8\", 1)", "Invalid function argument; Invalid value for \"prefix\" parameter: invalid CIDR expression: invalid CIDR address: 10.0.0/8.")]
    [InlineData("cidrsubnets(\"10.0.0.0/24\", 1, 1, 1)", "Invalid function argument; Invalid value for \"newbits\" parameter: not enough remaining address space for a subnet with a prefix of 25 bits after 10.0.0.128/25.")]
    public void Call_BadArguments_TerraformMessage(string source, string expected)
    {
        Assert.Equal(expected, Error(source));
    }
}
