/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** How many `<CareMap>` the page has so far: each takes ids of its own (CareMap.astro). */
    careMaps?: number;
  }
}
