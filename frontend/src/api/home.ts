// Each role's home (GET /home, and the bureau's GET /home/figures), through
// http in client.ts.
import { http } from './client'
import type { components } from './openapi.gen'

type Schemas = components['schemas']

export type Home = Schemas['Home']
export type BureauHome = Schemas['BureauHome']
export type BureauFigures = Schemas['BureauFigures']
export type IncubatorHome = Schemas['IncubatorHome']
export type OrgHome = Schemas['OrgHome']
export type FunderHome = Schemas['FunderHome']
export type HomePending = Schemas['HomePending']
export type HomeThresholds = Schemas['HomeThresholds']
export type Incubatee = Schemas['Incubatee']
export type HomeProject = Schemas['HomeProject']

export const homeApi = {
  get: () => http.get<Home>('/home'),
  /** The bureau home's province-wide figures, asked for after its lists. */
  figures: () => http.get<BureauFigures>('/home/figures'),
}
