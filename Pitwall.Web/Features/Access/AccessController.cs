using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Pitwall.Web.Infrastructure;

namespace Pitwall.Web.Features.Access;

/// <summary>Sign in with the team's access key, and sign out. Without a key configured there is nothing to sign in to.</summary>
[AllowAnonymous]
public sealed class AccessController(AccessKey access, SignInThrottle throttle, ILogger<AccessController> logger) : Controller
{
    const string Page = "~/Features/Access/SignIn.cshtml";

    [HttpGet("/sign-in")]
    public IActionResult Form(string? returnUrl) =>
        access.Required ? View(Page, new SignInModel(Local(returnUrl))) : Redirect("/");

    [HttpPost("/sign-in")]
    public async Task<IActionResult> EnterAsync([FromForm] string? key, [FromForm] string? returnUrl)
    {
        if (!access.Required) return Redirect("/");
        var address = RateLimits.ClientAddress(HttpContext);
        if (throttle.Blocked(address) is { } wait)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
            logger.LogWarning("Sign-in refused for {Address}: too many wrong keys, {Seconds} s to wait", address, seconds);
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return View(Page, new SignInModel(Local(returnUrl), $"Too many wrong keys from your address: wait {seconds} s and try again."));
        }
        if (!access.Matches(key))
        {
            throttle.Failed(address);
            logger.LogWarning("Sign-in with a wrong access key from {Address}", address);
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return View(Page, new SignInModel(Local(returnUrl), "That is not the team's access key."));
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "team")], AccessKey.Scheme);
        await HttpContext.SignInAsync(AccessKey.Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = true });
        logger.LogInformation("Signed in from {Address}", address);
        return Redirect(Local(returnUrl));
    }

    [HttpPost("/sign-out")]
    public async Task<IActionResult> LeaveAsync()
    {
        if (access.Required) await HttpContext.SignOutAsync(AccessKey.Scheme);
        return Redirect(access.Required ? "/sign-in" : "/");
    }

    /// <summary>Only a path of this site: a return address can never send the browser elsewhere.</summary>
    string Local(string? returnUrl) => returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
