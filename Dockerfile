# syntax=docker/dockerfile:1
# Pitwall's image: built with the .NET 10 SDK (and npm for htmx), run on the ASP.NET runtime
# as a non-root user. No database inside: it needs DATABASE_URL (Railway gives it), and says
# so in one log line and exits 1 when it is missing. It listens on all addresses, so it also
# needs PITWALL_ACCESS_KEY (the team's sign-in key; a secret, so set on the host, never here)
# or PITWALL_OPEN_ACCESS=true when something in front already controls access; without
# either it refuses to start.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Restore first, from the project files alone, so the layer is reused while only code changes.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY Pitwall.Sql/Pitwall.Sql.csproj Pitwall.Sql/
COPY Pitwall.Web/Pitwall.Web.csproj Pitwall.Web/package.json Pitwall.Web/package-lock.json Pitwall.Web/
RUN dotnet restore Pitwall.Web/Pitwall.Web.csproj \
 && cd Pitwall.Web && npm ci --no-audit --no-fund
COPY Pitwall.Sql/ Pitwall.Sql/
COPY Pitwall.Web/ Pitwall.Web/
RUN dotnet publish Pitwall.Web/Pitwall.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# PORT is the host's (Railway sets it); the proxy in front sets X-Forwarded-* headers.
ENV PORT=8080 \
    PITWALL_HOST=0.0.0.0 \
    PITWALL_EMBEDDED_DB=false \
    PITWALL_FORWARDED_HEADERS=true \
    PITWALL_LOG_FORMAT=json \
    DOTNET_NOLOGO=1
# The runtime image's unprivileged user.
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Pitwall.Web.dll"]
