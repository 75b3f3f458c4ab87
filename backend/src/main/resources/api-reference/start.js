// Starts Swagger UI on the contract this service serves; a file rather than an inline script, so that the page's
// Content-Security-Policy can refuse every inline script.
//
// "Authorize" signs people in with the web client's public client (authorization code with PKCE) at the realm this
// service trusts (docs/sign-in.json): the contract's OAuth 2 URLs name the demonstration realm, so the page moves
// them there, keeping their paths. Without a realm (tokens checked against a key) the URLs stay as written.
window.addEventListener('load', function () {
  fetch('docs/sign-in.json')
    .then(function (answer) { return answer.json(); })
    .then(function (signIn) {
      window.ui = SwaggerUIBundle({
        url: 'docs/openapi.yaml',
        dom_id: '#swagger-ui',
        deepLinking: true,
        // Swagger UI would otherwise send the contract to swagger.io's validator and show its badge.
        validatorUrl: null,
        oauth2RedirectUrl: new URL('docs/oauth2-redirect.html', window.location.href).href,
        plugins: signIn.realm ? [oauthUrlsAt(signIn.realm)] : [],
      });
      if (signIn.clientId) {
        window.ui.initOAuth({ clientId: signIn.clientId, usePkceWithAuthorizationCodeGrant: true });
      }
    });
});

function oauthUrlsAt(realm) {
  var endpoints = '/protocol/openid-connect/';
  function moved(url) {
    var at = typeof url === 'string' ? url.indexOf(endpoints) : -1;
    return at < 0 ? url : realm + url.substring(at);
  }
  function movedFlow(flow) {
    return flow.map(function (value, key) { return /Url$/.test(key) ? moved(value) : value; });
  }
  return function () {
    return {
      statePlugins: {
        spec: {
          wrapSelectors: {
            securityDefinitions: function (original) {
              return function () {
                var schemes = original.apply(null, arguments);
                return schemes && schemes.map(function (scheme) {
                  return scheme.get('type') === 'oauth2' && scheme.get('flows')
                    ? scheme.update('flows', function (flows) { return flows.map(movedFlow); })
                    : scheme;
                });
              };
            },
          },
        },
      },
    };
  };
}
