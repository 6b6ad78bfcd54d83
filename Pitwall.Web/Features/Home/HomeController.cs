using Microsoft.AspNetCore.Mvc;

namespace Pitwall.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();
}
