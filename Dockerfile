# syntax=docker/dockerfile:1
# Crëo's image: restore and publish with the SDK, run on the ASP.NET Core runtime as the image's non-root user.
# docs/deploy.md explains the choices; tests/Creo.Web.Tests/Deploy/DockerfileTests.cs checks this file against the app
# and deploy/compose.yaml (no registry is reachable where the tests run, so the image itself is not built there).

FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
# The project files alone first: a change of code reuses the restored layer.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Creo.Domain/Creo.Domain.csproj src/Creo.Domain/
COPY src/Creo.Application/Creo.Application.csproj src/Creo.Application/
COPY src/Creo.Infrastructure/Creo.Infrastructure.csproj src/Creo.Infrastructure/
COPY src/Creo.Web/Creo.Web.csproj src/Creo.Web/
RUN dotnet restore src/Creo.Web/Creo.Web.csproj -a $TARGETARCH
COPY src/ src/
# Framework-dependent for the target's architecture: only its libSkiaSharp.so is kept, not every platform's.
RUN dotnet publish src/Creo.Web/Creo.Web.csproj -a $TARGETARCH --no-restore --configuration Release --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The runtime image (Ubuntu) has ICU, which the app uses (InvariantGlobalization is false: Unicode e-mail domains,
# culture-aware formatting). SkiaSharp.NativeAssets.Linux.NoDependencies links only glibc (no fontconfig, no
# freetype), and the app draws no text, so no font package is needed. curl is here for the HEALTHCHECK alone.
# ffmpeg takes a video's poster frame (Video__FfmpegPath); without it posters are generated pictures. It adds its
# codec libraries to the image (the largest layer after the runtime), which is what decoding H.264 and VP9 costs.
RUN apt-get update \
    && apt-get install --yes --no-install-recommends curl ffmpeg \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The aspnet images' own unprivileged user (uid 1654, home /home/app, where the data directory defaults to).
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
EXPOSE 8080
# Ready means the database and job storage answer. Production answers only the hosts AllowedHosts names:
# list localhost there (deploy/compose.yaml does) for this probe.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD curl --fail --silent --output /dev/null http://localhost:8080/health/ready || exit 1
# `docker run <image> migrate` is the migrate deploy step (docs/deploy.md).
ENTRYPOINT ["dotnet", "Creo.Web.dll"]
