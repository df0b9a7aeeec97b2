// The service worker: keeps every file of this build in the browser's cache,
// so that after one visit the app starts and a whole check can be done with
// no network. `make build` fills in the two placeholders below
// (scripts/postbuild.mjs): the build id and the list of files. A new build
// therefore has a new service worker, which fills its own cache; the app
// offers to reload, and the old cache is removed when the new worker takes
// over. Nothing here talks to any other origin.
const BUILD = '__BUILD_ID__';
const FILES = __PRECACHE__;
const PREFIX = 'veilig-check-';
const CACHE = PREFIX + BUILD;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
  // No skipWaiting here: a page that is open keeps its version until the
  // person chooses to reload (see the 'message' handler).
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Any page address gets the app's own page: the app has no other pages.
  const key = request.mode === 'navigate' ? '/index.html' : request;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(key, { ignoreSearch: true })).then((hit) => hit || fetch(request)),
  );
});
