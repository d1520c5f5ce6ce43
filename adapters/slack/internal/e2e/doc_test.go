// Package e2e holds an end-to-end test of the Slack relay with the visitor on
// Telegram (adapters/telegram on its fake Bot API, telegramtest). It lives
// apart from the slack package's tests so that the slack package never
// depends, even in tests, on another adapter.
package e2e_test
