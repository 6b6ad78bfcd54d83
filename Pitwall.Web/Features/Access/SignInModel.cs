namespace Pitwall.Web.Features.Access;

public sealed record SignInModel(string ReturnUrl, string? Error = null);
