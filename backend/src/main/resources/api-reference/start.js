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
        onComplete: function () { serveFromThisPage(window.ui); },
      });
      if (signIn.clientId) {
        window.ui.initOAuth({ clientId: signIn.clientId, usePkceWithAuthorizationCodeGrant: true });
      }
    });
});

// "Try it out" calls the service that serves this page: the contract's server template gets this page's scheme,
// host and prefix (the part of its path before /api/v1/docs) rather than make run's defaults.
function serveFromThisPage(ui) {
  var server = ui.specSelectors.servers().getIn([0, 'url']);
  var here = window.location;
  var values = {
    scheme: here.protocol.replace(':', ''),
    host: here.host,
    basePath: here.pathname.substring(0, here.pathname.lastIndexOf('/api/v1/docs')),
  };
  ui.oas3Actions.setSelectedServer(server);
  Object.keys(values).forEach(function (key) {
    ui.oas3Actions.setServerVariableValue({ server: server, key: key, val: values[key] });
  });
}

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
