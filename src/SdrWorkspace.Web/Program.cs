using SdrWorkspace.Data;
using SdrWorkspace.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddRootDevelopmentSettings(builder.Environment);

builder.Services.AddData(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddIdentityAndAuthorization();
builder.Services.AddWebApp();

var app = builder.Build();
if (BackupCommand.IsRequested(args))
    return await BackupCommand.RunAsync(app, args);
await app.InitializeDatabaseAsync();
app.UseWebApp();
app.Run();
return 0;

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
