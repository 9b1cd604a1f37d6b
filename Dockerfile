# Regie web app. Build: docker build -t regie .   Run with PostgreSQL: docker compose up
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Regie.Web/Regie.Web.csproj -c Release -o /app /p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Chromium renders the PDFs (headless); DejaVu gives it fonts with all Dutch characters.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Regie__Pdf__ChromiumPath=/usr/bin/chromium
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Regie.Web.dll"]
