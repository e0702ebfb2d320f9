using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT1001Tests
{
    private const string Id = "DOPT1001";

    [TestMethod]
    public void Copy_all_before_pip_requirements_is_caught() =>
        Catches(Id, "FROM python:3.11-slim\nWORKDIR /app\nCOPY . /app\nRUN pip install --no-cache-dir -r requirements.txt\n", "3:1-3:7");

    [TestMethod]
    public void Message_names_the_manifest()
    {
        var message = Run(Id, "FROM python:3.12\nCOPY . .\nRUN pip install -r requirements/prod.txt\n").Single().Message;

        message.Should().Contain("requirements/prod.txt").And.Contain("pip install -r requirements/prod.txt");
    }

    [TestMethod]
    public void Add_dot_is_caught() => Catches(Id, "FROM node:20\nADD . .\nRUN npm ci\n", "2:1-2:6");

    [TestMethod]
    public void Copy_dot_slash_is_caught() => Catches(Id, "FROM node:20\nCOPY ./ ./\nRUN yarn install --frozen-lockfile\n", "2:1-2:8");

    [TestMethod]
    public void Copy_star_is_caught() => Catches(Id, "FROM ruby:3.3\nCOPY * ./\nRUN bundle install\n", "2:1-2:7");

    [TestMethod]
    public void Dotnet_restore_is_caught() => Catches(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY . .\nRUN dotnet restore\n", "2:1-2:7");

    [TestMethod]
    public void Dotnet_publish_that_restores_is_caught() =>
        Catches(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nCOPY . .\nRUN dotnet publish -c Release -o /out\n", "2:1-2:7");

    [TestMethod]
    public void Go_mod_download_is_caught() => Catches(Id, "FROM golang:1.22\nCOPY . .\nRUN go mod download\n", "2:1-2:7");

    [TestMethod]
    public void Python_module_pip_in_a_builder_stage_is_caught() =>
        Catches(Id, "FROM python:3.12 AS build\nCOPY . /src\nRUN python -m pip install /src/. -r /src/requirements.txt\nFROM python:3.12-slim\n", "2:1-2:7");

    [TestMethod]
    public void Pip_install_dot_is_caught() => Catches(Id, "FROM python:3.12\nCOPY . .\nRUN pip install .\n", "2:1-2:7");

    [TestMethod]
    public void Poetry_pipenv_uv_composer_cargo_are_caught()
    {
        Catches(Id, "FROM python:3.12\nCOPY . .\nRUN poetry install --no-root\n", "2:1-2:7");
        Catches(Id, "FROM python:3.12\nCOPY . .\nRUN pipenv install --deploy --system\n", "2:1-2:7");
        Catches(Id, "FROM python:3.12\nCOPY . .\nRUN uv sync --frozen\n", "2:1-2:7");
        Catches(Id, "FROM php:8.3\nCOPY . .\nRUN composer install --no-dev\n", "2:1-2:7");
        Catches(Id, "FROM rust:1.80\nCOPY . .\nRUN cargo build --release\n", "2:1-2:7");
    }

    [TestMethod]
    public void Manifest_copied_first_passes() =>
        Passes(Id, "FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n");

    [TestMethod]
    public void Install_of_the_project_without_deps_after_the_manifest_install_passes() =>
        Passes(Id, "FROM python:3.12\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nRUN pip install --no-deps .\n");

    [TestMethod]
    public void Dotnet_publish_after_restore_of_the_project_file_passes() =>
        Passes(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY app.csproj .\nRUN dotnet restore\nCOPY . .\nRUN dotnet publish --no-restore -o /out\n");

    [TestMethod]
    public void Cargo_chef_cook_before_the_copy_counts_as_the_dependency_install() =>
        Passes(Id, "FROM lukemathwalker/cargo-chef:latest-rust-1 AS builder\nCOPY --from=planner /app/recipe.json recipe.json\nRUN cargo chef cook --release --recipe-path recipe.json\nCOPY . .\nRUN cargo build --release\n");

    [TestMethod]
    public void An_install_done_in_the_base_stage_counts() =>
        Passes(Id, "FROM ruby:3.3 AS base\nCOPY package.json yarn.lock ./\nRUN yarn install\nFROM base AS build\nCOPY . .\nRUN yarn install && bin/rails assets:precompile\n");

    [TestMethod]
    public void Dependencies_copied_in_from_a_builder_stage_count() =>
        Passes(Id, "FROM python:3.12 AS builder\nCOPY pyproject.toml uv.lock ./\nRUN uv sync --frozen --no-install-project\nFROM python:3.12-slim\nCOPY --from=builder /app/.venv /app/.venv\nCOPY . .\nRUN uv sync --frozen --no-dev\n");

    [TestMethod]
    public void A_builder_stage_that_copied_everything_first_does_not_count() =>
        Catches(Id, "FROM python:3.12 AS builder\nCOPY . .\nRUN uv sync --frozen\nFROM python:3.12-slim\nCOPY --from=builder /app/.venv /app/.venv\nCOPY . .\nRUN uv sync --frozen --no-dev\n", "2:1-2:7", "6:1-6:7");

    [TestMethod]
    public void A_copy_from_a_builder_of_something_else_than_dependencies_does_not_count() =>
        Catches(Id, "FROM node:22 AS b\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\nFROM node:22-slim\nCOPY --from=b /app/dist ./dist\nCOPY . .\nRUN npm ci --omit=dev\n", "8:1-8:7");

    [TestMethod]
    public void A_cache_mount_of_another_tool_does_not_count() =>
        Catches(Id, "FROM python:3.12\nCOPY . .\nRUN --mount=type=cache,target=/var/cache/apt pip install -r requirements.txt\n", "2:1-2:7");

    [TestMethod]
    public void A_cache_mount_of_the_installer_passes() =>
        Passes(Id, "FROM python:3.12\nCOPY . .\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n");

    [TestMethod]
    public void An_install_with_a_cache_mount_passes() =>
        Passes(Id, "FROM rust:1.80\nADD . /src/\nWORKDIR /src\nRUN --mount=type=cache,target=/usr/local/cargo/registry --mount=type=cache,target=/src/target cargo build --release\n");

    [TestMethod]
    public void Cargo_install_of_a_tool_is_not_a_dependency_install()
    {
        Catches(Id, "FROM rust:1.80\nRUN cargo install cargo-watch\nCOPY . .\nRUN cargo build --release\n", "3:1-3:7");
        Catches(Id, "FROM rust:1.80\nCOPY . .\nRUN cargo install --path .\n", "2:1-2:7");
        Passes(Id, "FROM rust:1.80\nCOPY . .\nRUN cargo install sqlx-cli\n");
    }

    [TestMethod]
    public void Cargo_chef_cook_after_copying_everything_is_caught() =>
        Catches(Id, "FROM rust:1.80 AS builder\nCOPY . .\nRUN cargo chef cook --release --recipe-path recipe.json\n", "2:1-2:7");

    [TestMethod]
    public void Explicit_package_install_passes() => Passes(Id, "FROM python:3.12\nCOPY . .\nRUN pip install gunicorn\n");

    [TestMethod]
    public void Copy_from_another_stage_passes() =>
        Passes(Id, "FROM node:20 AS build\nFROM node:20\nCOPY --from=build . .\nRUN npm ci\n");

    [TestMethod]
    public void Copy_of_a_subfolder_passes() => Passes(Id, "FROM node:20\nCOPY src/ ./src/\nRUN npm ci\n");

    [TestMethod]
    public void Copy_all_in_another_stage_passes() => Passes(Id, "FROM node:20 AS a\nCOPY . .\nFROM node:20\nRUN npm ci\n");

    [TestMethod]
    public void Npm_install_of_a_named_package_passes() => Passes(Id, "FROM node:20\nCOPY . .\nRUN npm install -g pm2\n");
}
