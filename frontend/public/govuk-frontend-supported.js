// GOV.UK Frontend's components look for these classes on <body> before they start. It runs before the app, as
// GOV.UK's own template does inline; a file, so that the Content-Security-Policy can forbid inline scripts.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
