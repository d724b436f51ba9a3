/** Service provider interfaces of pseudonymization: where mappings are stored ({@link dev.privacyai.pseudonym.spi.TokenVault}). */
package dev.privacyai.pseudonym.spi;
