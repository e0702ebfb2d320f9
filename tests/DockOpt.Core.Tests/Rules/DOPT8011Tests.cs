using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8011Tests
{
    private const string Id = "DOPT8011";

    [TestMethod]
    public void Composer_install_without_no_dev_is_caught() =>
        Catches(Id, "FROM php:8.3-fpm\nCOPY . /var/www/html\nRUN composer install --optimize-autoloader\n", "3:5-3:21");

    [TestMethod]
    public void No_dev_passes() =>
        Passes(Id, "FROM php:8.3-fpm\nRUN composer install --no-dev\n");

    [TestMethod]
    public void Composer_no_dev_variable_passes() =>
        Passes(Id, "FROM php:8.3-fpm\nENV COMPOSER_NO_DEV=1\nRUN composer install\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM composer:2 AS vendor\nRUN composer install\nFROM php:8.3-fpm\nCOPY --from=vendor /app/vendor /var/www/html/vendor\n");
}
