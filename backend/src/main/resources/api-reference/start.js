// Starts Swagger UI on the contract this service serves; a file rather than an inline script, so that the page's
// Content-Security-Policy can refuse every inline script.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: 'docs/openapi.yaml',
    dom_id: '#swagger-ui',
    deepLinking: true,
    // Swagger UI would otherwise send the contract to swagger.io's validator and show its badge.
    validatorUrl: null,
  });
});
